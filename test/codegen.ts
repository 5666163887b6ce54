import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every GraphQL operation of the tests against the API schema the gateway serves (printed by `pnpm sdl`).
 * The output is not checked in: `pnpm codegen` (run by `pnpm sdl`, `pnpm typecheck` and `pnpm test`) writes it.
 */
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['**/*.ts', '!graphql/generated/**', '!node_modules/**'],
  ignoreNoDocuments: true,
  generates: {
    'graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      // Each document is sent as written (a string with its types), so a converted test sends the bytes it sent
      // before and error locations in assertions do not move.
      config: {
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: true,
        documentMode: 'string',
      },
    },
  },
};

export default config;
