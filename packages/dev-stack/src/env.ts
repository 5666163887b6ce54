import { SUBGRAPHS, envNames } from '@lac/registry';
import type { PortRequest } from './options';

function port(env: NodeJS.ProcessEnv, variable: string): number | undefined {
  const value = env[variable];
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`${variable} must be a port number, not ${value}`);
  return n;
}

/** What `pnpm start` reads: PORTAL_PORT, GATEWAY_PORT, `<PREFIX>_PORT` per declared subgraph, POSTGRES_PORT, HOST. */
export function stackSettingsFromEnv(env: NodeJS.ProcessEnv): {
  ports: PortRequest;
  postgresPort: number | undefined;
  host: string | undefined;
} {
  const subgraphs: Record<string, number | undefined> = {};
  for (const s of SUBGRAPHS) subgraphs[s.name] = port(env, envNames(s.name).port);
  return {
    ports: { portal: port(env, 'PORTAL_PORT'), gateway: port(env, 'GATEWAY_PORT'), subgraphs },
    postgresPort: port(env, 'POSTGRES_PORT'),
    host: env.HOST || undefined,
  };
}
