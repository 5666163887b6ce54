// What the root vitest global setup (packages/testing/src/vitest-global-setup.ts) provides to every test file.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
