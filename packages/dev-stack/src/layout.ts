import { existsSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphDeclaration } from '@lac/registry';

export const defaultRoot = (): string => path.resolve(__dirname, '..', '..', '..');

/** Where each built file the stack runs lives; every subgraph's from its declaration (packages/registry). */
export function layout(root: string) {
  const gatewayDir = path.join(root, 'gateway');
  const subgraphDir = (s: SubgraphDeclaration) => path.join(root, 'subgraphs', s.name);
  return {
    gateway: {
      dir: gatewayDir,
      main: path.join(gatewayDir, 'dist/main.js'),
      seed: path.join(gatewayDir, 'dist/demo/seed-cli.js'),
    },
    subgraphs: SUBGRAPHS.map((s) => ({
      declaration: s,
      dir: subgraphDir(s),
      main: path.join(subgraphDir(s), 'dist/main.js'),
      seeds: s.seeds.map((seed) => ({ step: seed.step, script: path.join(subgraphDir(s), seed.script) })),
    })),
    portalDir: path.join(root, 'portal'),
    portalEntry: path.join(root, 'portal/build/server/index.js'),
    /** The portal's own HTTP server over that build (portal/server/main.ts), built beside it. */
    portalServer: path.join(root, 'portal/build/serve/main.js'),
    postgresHost: path.join(root, 'packages/dev-stack/dist/postgres-host.js'),
    exitWithParent: path.join(root, 'packages/dev-stack/dist/exit-with-parent.js'),
  };
}

export type Layout = ReturnType<typeof layout>;

/** Fails early, naming what is missing, when the services have not been built. */
export function assertBuilt(root: string): void {
  const l = layout(root);
  const needed = [
    l.gateway.main,
    l.gateway.seed,
    ...l.subgraphs.flatMap((s) => [s.main, ...s.seeds.map((seed) => seed.script)]),
    l.postgresHost,
    l.exitWithParent,
  ];
  const missing = needed.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `The stack is not built (missing ${missing.map((f) => path.relative(root, f)).join(', ')}). Run \`pnpm build\` first.`,
    );
  }
}
