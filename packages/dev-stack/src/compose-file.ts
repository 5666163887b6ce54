import { OWNER_ROLE, serviceRole } from '@lac/database';
import { SUBGRAPHS, type SubgraphDeclaration, envNames } from '@lac/registry';
import { DEFAULT_PORTS } from './ports';

/** The Node image every service runs on, and the pnpm the repository pins. */
const NODE_IMAGE = 'node:20-bookworm-slim';
const PNPM = 'pnpm@10.34.9';
/**
 * The container's superuser creates the roles; nothing else uses it. The owner migrates and seeds; each service,
 * the portal too, answers as its own role (docs/security.md, "Database roles"). Demo passwords.
 */
const ADMIN_DATABASE_URL = 'postgres://lac:lac@postgres:5432/lac';
const roleUrl = (role: string) => `postgres://${role}:${role}@postgres:5432/lac`;
const OWNER_URL = roleUrl(OWNER_ROLE);

/** A health check with what the Node image has (no curl): node's own fetch. */
const healthcheck = (port: number) => [
  '    healthcheck:',
  `      test: ["CMD", "node", "-e", "fetch('http://127.0.0.1:${port}/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`,
  '      interval: 2s',
  '      retries: 60',
];

/** The demo seeders in order: the gateway's identity seed, then every declared seed by step (as `pnpm start`). */
function seedCommands(declarations: readonly SubgraphDeclaration[]): string[] {
  const seeds = declarations.flatMap((s) =>
    s.seeds.map((seed) => ({ step: seed.step, file: `subgraphs/${s.name}/${seed.script}` })),
  );
  seeds.sort((a, b) => a.step - b.step);
  return [
    'node packages/dev-stack/dist/roles-cli.js',
    'node gateway/dist/demo/seed-cli.js',
    ...seeds.map((seed) => `node ${seed.file}`),
  ];
}

const nodeService = (
  name: string,
  command: string,
  env: Array<[string, string]>,
  dependsOn: Array<[string, string]>,
) => [
  `  ${name}:`,
  `    image: ${NODE_IMAGE}`,
  '    working_dir: /app',
  '    volumes: [".:/app"]',
  `    command: ${command}`,
  '    restart: unless-stopped',
  '    environment:',
  ...env.map(([key, value]) => `      ${key}: ${value}`),
  '    depends_on:',
  ...dependsOn.map(([service, condition]) => `      ${service}: { condition: ${condition} }`),
];

const common: Array<[string, string]> = [
  ['NODE_ENV', 'production'],
  // Every interface inside its container, so the others reach it by service name (the default is loopback).
  ['HOST', '"0.0.0.0"'],
];
/** A service's own role, and the owner's for its migrations. */
const database = (service: string): Array<[string, string]> => [
  ['DATABASE_URL', roleUrl(serviceRole(service))],
  ['MIGRATION_DATABASE_URL', OWNER_URL],
];
const key = (name: string) => `\${${name}:?run keys-cli first}`;

/**
 * docker-compose.yml, derived from the registry: PostgreSQL, a setup job (install, build, demo seeds in the
 * registry's steps), one service per declared subgraph, the gateway reaching each by service name, and the portal.
 * `pnpm compose:file` writes it; compose-file.test.ts fails when the checked-in file differs.
 */
export function composeFile(declarations: readonly SubgraphDeclaration[] = SUBGRAPHS): string {
  const gatewayPort = DEFAULT_PORTS.gateway;
  const portalPort = DEFAULT_PORTS.portal;
  const lines = [
    '# Generated from packages/registry by `pnpm compose:file` (packages/dev-stack/src/compose-file.ts): do not edit.',
    '# The same system as `pnpm start`, one service per process, on a PostgreSQL container.',
    '# Signing keys and the session secret come from the environment (or a .env file beside this one):',
    '#   node packages/dev-stack/dist/keys-cli.js > .env     (after `pnpm install && pnpm build`)',
    '# then: docker compose up',
    'services:',
    '  postgres:',
    '    image: postgres:16-bookworm',
    '    environment:',
    '      POSTGRES_USER: lac',
    '      POSTGRES_PASSWORD: lac',
    '      POSTGRES_DB: lac',
    '    volumes: ["pgdata:/var/lib/postgresql/data"]',
    '    healthcheck:',
    '      test: ["CMD-SHELL", "pg_isready -U lac"]',
    '      interval: 2s',
    '      retries: 30',
    '',
    '  # Installs, builds and loads the demo local authority once; every service waits for it.',
    '  setup:',
    `    image: ${NODE_IMAGE}`,
    '    working_dir: /app',
    '    volumes: [".:/app"]',
    '    environment:',
    `      ADMIN_DATABASE_URL: ${ADMIN_DATABASE_URL}`,
    `      DATABASE_URL: ${OWNER_URL}`,
    '    depends_on:',
    '      postgres: { condition: service_healthy }',
    '    command:',
    '      - sh',
    '      - -c',
    '      - >-',
    `        npm install -g ${PNPM} && pnpm install --frozen-lockfile && pnpm build`,
    ...seedCommands(declarations).map((command) => `        && ${command}`),
  ];
  for (const s of declarations) {
    lines.push(
      '',
      ...nodeService(
        s.name,
        `node subgraphs/${s.name}/dist/main.js`,
        [
          ...common,
          ...database(s.name),
          ['PORT', `"${s.defaultPort}"`],
          ['INTERNAL_TOKEN_PUBLIC_KEY', key('INTERNAL_TOKEN_PUBLIC_KEY')],
        ],
        [['setup', 'service_completed_successfully']],
      ),
      ...healthcheck(s.defaultPort),
    );
  }
  lines.push(
    '',
    ...nodeService(
      'gateway',
      'node gateway/dist/main.js',
      [
        ...common,
        ...database('gateway'),
        ['PORT', `"${gatewayPort}"`],
        ['USER_TOKEN_PRIVATE_KEY', key('USER_TOKEN_PRIVATE_KEY')],
        ['INTERNAL_TOKEN_PRIVATE_KEY', key('INTERNAL_TOKEN_PRIVATE_KEY')],
        ...declarations.map((s): [string, string] => [
          envNames(s.name).url,
          `http://${s.name}:${s.defaultPort}/graphql`,
        ]),
        // The portal reaches the gateway from the compose network's private range.
        ['TRUSTED_PROXIES', 'uniquelocal'],
      ],
      [
        ['setup', 'service_completed_successfully'],
        ...declarations.map((s): [string, string] => [s.name, 'service_healthy']),
      ],
    ),
    `    ports: ["${gatewayPort}:${gatewayPort}"]`,
    ...healthcheck(gatewayPort),
    '',
    ...nodeService(
      'portal',
      // The portal's own server (portal/server/main.ts) over its build; it finds build/client beside build/server.
      'sh -c "cd portal && exec node build/serve/main.js ./build/server/index.js"',
      [
        ...common,
        ...database('portal'),
        ['PORT', `"${portalPort}"`],
        ['GATEWAY_URL', `http://gateway:${gatewayPort}`],
        ['SESSION_SECRET', key('SESSION_SECRET')],
      ],
      [
        ['setup', 'service_completed_successfully'],
        ['gateway', 'service_healthy'],
      ],
    ),
    `    ports: ["${portalPort}:${portalPort}"]`,
    '',
    'volumes:',
    '  pgdata:',
    '',
  );
  return lines.join('\n');
}
