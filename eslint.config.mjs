// One lint for the whole tree, tests included: `pnpm lint` (zero warnings). Type-aware, because the mistakes that
// matter here (a promise nobody awaits in a resolver, an async handler where a callback is expected, a thrown
// value that is not an error) are only visible with types. Formatting is Prettier's job: no stylistic rule here.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TESTS = ['**/*.test.ts', '**/*.test.tsx', 'test/**/*.ts'];

export default defineConfig([
  globalIgnores([
    '**/node_modules/',
    '**/dist/',
    '**/build/',
    '**/.react-router/',
    '**/generated/',
    '.data/',
    'test-results/',
    'coverage/',
  ]),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        // The portal has its own compiler settings (bundler resolution, JSX, DOM) and its tsconfig covers its
        // tests; everything else, tests included, is one program read from source (tsconfig.eslint.json).
        project: ['./tsconfig.eslint.json', './portal/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // The type-aware rules this codebase needs most, stated even where the preset already has them.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],

      // React Router answers 404s and redirects by throwing `data(...)` and `redirect(...)`: those are not errors.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: 'react-router', name: 'DataWithResponseInit' },
          ],
        },
      ],
      // Forwarding an error we did not make (a stream's shell error, an AbortSignal's reason) is sound as it is.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        { allowThrowingAny: true, allowThrowingUnknown: true },
      ],
      // type-graphql (resolver classes) and TypeORM (entities, migrations) take class lists typed as `Function`.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      // Apollo's plugin hooks and the test doubles of async interfaces must be async with nothing to await.
      '@typescript-eslint/require-await': 'off',
    },
  },

  {
    // Tests read GraphQL responses and raw SQL rows as untyped JSON and assert on them; typing each of those
    // reads would rewrite sound tests. Operations typed by codegen carry their own types where they are used.
    files: TESTS,
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },

  {
    // The portal's pages and components: the rules of hooks.
    files: ['portal/**/*.ts', 'portal/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },

  {
    // Plain JavaScript (scripts, this file): no type information to lean on.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
  },
]);
