import type { RunningStack } from './options';

/** What to open and how to sign in, printed once everything answers. */
export function banner(stack: RunningStack): string {
  const width = Math.max(...stack.accounts.map((a) => a.username.length));
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const t = stack.timings;
  return [
    '',
    '================================================================================',
    '  Looked-after children portal: demo stack ready (Ashbury Borough Council, fictional)',
    '',
    stack.portalUrl
      ? `  Portal    ${stack.portalUrl}`
      : '  Portal    not built (run `pnpm build` in portal/ once it exists)',
    `  Gateway   ${stack.gatewayUrl}   (POST /auth/token, POST /graphql)`,
    ...Object.entries(stack.subgraphs).map(([name, s]) => `  Subgraph  ${s.origin}   (${name})`),
    `  Database  ${stack.databaseUrl.replace(/\/\/[^@]*@/, '//')}`,
    '',
    `  Demo accounts (password for all: ${stack.password})`,
    ...stack.accounts.map((a) => `    ${a.username.padEnd(width)}  ${a.description}`),
    '',
    `  Try: curl -s ${stack.gatewayUrl}/auth/token -H 'content-type: application/json' \\`,
    `         -d '{"username":"iro","password":"${stack.password}"}'`,
    '',
    `  Ready in ${seconds(t.totalMs)} (database ${seconds(t.postgresMs)}, demo data ${seconds(t.seedMs)}, services ${seconds(t.servicesMs)}). Ctrl-C stops everything.`,
    '================================================================================',
    '',
  ].join('\n');
}
