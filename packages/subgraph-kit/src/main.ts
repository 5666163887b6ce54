import { declarationOf } from '@lac/registry';
import { type SubgraphConfig, readSubgraphConfig } from './config';
import type { SubgraphDefinition } from './define';
import { buildFederatedSchema } from './schema';
import { type RunningSubgraph, startSubgraph, stopOnSignals } from './server';

/** Any failure of a command ends the process non-zero with the message, never a stack trace full of config. */
function exitOnFailure(run: () => Promise<unknown>): void {
  run().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** The subgraph's configuration from the environment; its port defaults to the one in its declaration. */
export function subgraphConfig(name: string, env: NodeJS.ProcessEnv): SubgraphConfig {
  return readSubgraphConfig(env, declarationOf(name).defaultPort);
}

/**
 * A subgraph's `src/main.ts` in one call: configuration from the environment (its port defaults to the one its
 * declaration in `@lac/registry` names), start, and a clean stop on SIGTERM.
 */
export function runSubgraphMain(definition: SubgraphDefinition): void {
  exitOnFailure(async (): Promise<RunningSubgraph> => {
    const config = subgraphConfig(definition.name, process.env);
    const running = await startSubgraph({
      ...definition,
      databaseUrl: config.DATABASE_URL,
      migrationDatabaseUrl: config.MIGRATION_DATABASE_URL,
      requireLeastPrivilege: config.NODE_ENV === 'production',
      gatewayPublicKey: config.INTERNAL_TOKEN_PUBLIC_KEY,
      port: config.PORT,
      host: config.HOST,
      poolSize: config.DB_POOL_SIZE,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    });
    console.log(`${definition.name} listening on http://${config.HOST}:${running.port}/graphql`);
    stopOnSignals(running.stop);
    return running;
  });
}

/** The subgraph's SDL, the copy the gateway composes from. */
export async function printSdl(definition: Parameters<typeof buildFederatedSchema>[0]): Promise<string> {
  const { printSubgraphSchema } = await import('@apollo/subgraph');
  return `${printSubgraphSchema(await buildFederatedSchema(definition))}\n`;
}

/** A subgraph's `src/print-sdl.ts` in one call: the SDL on stdout (`pnpm sdl` writes it to schema.graphql). */
export function printSdlMain(definition: SubgraphDefinition): void {
  exitOnFailure(async () => process.stdout.write(await printSdl(definition)));
}
