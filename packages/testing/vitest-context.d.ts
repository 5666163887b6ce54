// What the run's global setup (src/vitest-global-setup.ts) provides to every test through `inject`. A file of its
// own so that the typecheck configs of every package can include it without compiling the setup into a build.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
