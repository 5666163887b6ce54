import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { type Plugin, defineConfig } from 'vitest/config';
import { SUBGRAPHS } from './packages/registry/src/index.ts';

const root = path.dirname(fileURLToPath(import.meta.url));

// graphql 16 ships index.mjs beside index.js with no "exports"; vite would load the .mjs in our files while
// type-graphql and Apollo load the .js, giving two GraphQL realms. Resolve both the way Node does.
function singleGraphqlRealm(pkgs = ['graphql', 'type-graphql']): Plugin {
  return {
    name: 'single-graphql-realm',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!pkgs.some((p) => id === p || id.startsWith(`${p}/`))) return null;
      const from = importer && path.isAbsolute(importer) ? importer : path.join(root, 'noop.js');
      return createRequire(from).resolve(id);
    },
  };
}

/**
 * Tests import workspace packages from source, so a test run never depends on a stale build. Derived from the
 * workspace: every package under packages/ (by its package.json name), every subgraph declared in @lac/registry,
 * and the gateway; a new package or subgraph needs no line here.
 */
function workspaceAliases(): Array<{ find: string; replacement: string }> {
  const entry = (folder: string) => path.join(root, folder, 'src/index.ts');
  const packages = readdirSync(path.join(root, 'packages'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `packages/${d.name}`)
    .filter((folder) => existsSync(entry(folder)))
    .map((folder) => ({ find: packageName(folder), replacement: entry(folder) }));
  const subgraphs = SUBGRAPHS.map((s) => ({ find: s.package, replacement: entry(`subgraphs/${s.name}`) }));
  return [...packages, ...subgraphs, { find: packageName('gateway'), replacement: entry('gateway') }];
}

function packageName(folder: string): string {
  return (JSON.parse(readFileSync(path.join(root, folder, 'package.json'), 'utf8')) as { name: string }).name;
}

const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

/** Tests beside code: packages', subgraphs', the gateway's and the portal's. */
const besideCode = [
  'packages/*/src/**/*.test.ts',
  'subgraphs/*/src/**/*.test.ts',
  'gateway/src/**/*.test.ts',
  'portal/app/**/*.test.ts',
  'portal/server/**/*.test.ts',
];

/**
 * A test beside code that asks for the run's database belongs to `integration`; every other one is a unit test.
 * Decided by reading the file, so a new database test never lands in `pnpm test:unit` by someone forgetting a list.
 */
function needsDatabase(file: string): boolean {
  return /\binject\(\s*['"]databaseUrl['"]/.test(readFileSync(path.join(root, file), 'utf8'));
}
const besideCodeFiles = besideCode.flatMap((pattern) => globFiles(pattern));
const databaseTestsBesideCode = besideCodeFiles.filter(needsDatabase);

const databaseSetup = ['packages/testing/src/vitest-global-setup.ts'];

export default defineConfig({
  plugins: [singleGraphqlRealm(), decorators],
  resolve: { alias: workspaceAliases() },
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: besideCode, exclude: [...databaseTestsBesideCode, '**/node_modules/**'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          // Every file under test/ but the browser suite, so a new folder of tests can never drop out of the run.
          include: ['test/**/*.test.ts', ...databaseTestsBesideCode],
          exclude: ['test/browser/**', '**/node_modules/**'],
          globalSetup: databaseSetup,
          // One running system per worker (test/support/system.ts): module state must outlive a file, so files of
          // a worker share one module graph; each file still gets clean data and its own pinned "today".
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: databaseSetup,
          isolate: false,
        },
      },
    ],
  },
});

/** The files under `pattern` (only `dir/*` + `/**` + `/*.test.ts` shapes are needed here). */
function globFiles(pattern: string): string[] {
  const [base, rest] = pattern.split('/**/');
  const dirs = base.includes('*')
    ? readdirSync(path.join(root, base.slice(0, base.indexOf('*'))), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => path.posix.join(base.slice(0, base.indexOf('*')), d.name, base.slice(base.indexOf('*') + 2)))
    : [base];
  const suffix = rest.replace('*', '');
  return dirs.flatMap((dir) => {
    try {
      return (readdirSync(path.join(root, dir), { recursive: true }) as string[])
        .filter((f) => f.endsWith(suffix) && !f.includes('node_modules'))
        .map((f) => path.posix.join(dir, f.split(path.sep).join('/')));
    } catch {
      return [];
    }
  });
}
