import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig, type Plugin } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

// Tests import workspace packages from source, so a test run never depends on a stale build.
const workspacePackages: Record<string, string> = {
  '@lac/statutory': 'packages/statutory/src/index.ts',
  '@lac/access': 'packages/access/src/index.ts',
  '@lac/subgraph-kit': 'packages/subgraph-kit/src/index.ts',
  '@lac/testing': 'packages/testing/src/index.ts',
  '@lac/database': 'packages/database/src/index.ts',
  '@lac/care-planning': 'subgraphs/care-planning/src/index.ts',
  '@lac/placements': 'subgraphs/placements/src/index.ts',
  '@lac/gateway': 'gateway/src/index.ts',
};

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

const decorators = swc.vite({
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
});

export default defineConfig({
  plugins: [singleGraphqlRealm(), decorators],
  resolve: {
    alias: Object.entries(workspacePackages).map(([find, file]) => ({ find, replacement: path.join(root, file) })),
  },
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'subgraphs/*/src/**/*.test.ts',
      'gateway/src/**/*.test.ts',
      'test/**/*.test.ts',
      'portal/app/**/*.test.ts',
    ],
    globalSetup: ['packages/testing/src/vitest-global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
