import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The JavaScript file behind `react-router-serve`, resolved from the portal's own dependencies. The stack runs it
 * with node (not through the .bin shell shim) so that it gets the exit-with-parent guard like every other child:
 * a SIGKILLed launcher used to leave the portal holding its port.
 */
export function reactRouterServeScript(portalDir: string): string {
  const requireFromPortal = createRequire(path.join(portalDir, 'package.json'));
  const manifestPath = requireFromPortal.resolve('@react-router/serve/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['react-router-serve'];
  if (!bin) throw new Error(`@react-router/serve (${manifestPath}) has no react-router-serve bin`);
  return path.join(path.dirname(manifestPath), bin);
}
