import { readSubgraphConfig } from './config';
import { buildFederatedSchema } from './schema';
import { type RunningSubgraph, type SubgraphOptions, startSubgraph, stopOnSignals } from './server';

type Definition = Omit<SubgraphOptions, 'databaseUrl' | 'gatewayPublicKey' | 'port' | 'poolSize' | 'statementTimeoutMs'>;

/** A subgraph's `main`: configuration from the environment, start, and a clean stop on SIGTERM. */
export function runSubgraphMain(definition: Definition, defaultPort: number): void {
  const start = async (): Promise<RunningSubgraph> => {
    const config = readSubgraphConfig(process.env, defaultPort);
    const running = await startSubgraph({
      ...definition,
      databaseUrl: config.DATABASE_URL,
      gatewayPublicKey: config.INTERNAL_TOKEN_PUBLIC_KEY,
      port: config.PORT,
      poolSize: config.DB_POOL_SIZE,
      statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
    });
    console.log(`${definition.name} listening on ${running.url}`);
    stopOnSignals(running.stop);
    return running;
  };
  start().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

/** Prints the subgraph's SDL, the copy the gateway composes from. */
export async function printSdl(definition: Parameters<typeof buildFederatedSchema>[0]): Promise<string> {
  const { printSubgraphSchema } = await import('@apollo/subgraph');
  return `${printSubgraphSchema(await buildFederatedSchema(definition))}\n`;
}
