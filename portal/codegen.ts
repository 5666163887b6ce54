import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types every operation of the portal against the gateway's API schema (printed by `pnpm sdl`). Output is
 * generated, not checked in; `build` and `typecheck` run this first.
 *
 * Fragment masking is off: the portal's loaders read whole results on the server and hand plain view models to
 * the pages, so there are no components that own a fragment whose data masking would protect.
 */
const config: CodegenConfig = {
  schema: '../gateway/api-schema.graphql',
  documents: ['app/**/*.{ts,tsx}', '!app/graphql/generated/**'],
  ignoreNoDocuments: false,
  generates: {
    'app/graphql/generated/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: { Date: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        skipTypename: true,
      },
    },
  },
};

export default config;
