import { readSubgraphConfig, stopOnSignals } from '@lac/subgraph-kit';
import { DEFAULT_PORT, SUBGRAPH_NAME, startCarePlanning } from './subgraph';

async function main(): Promise<void> {
  const config = readSubgraphConfig(process.env, DEFAULT_PORT);
  const running = await startCarePlanning({
    databaseUrl: config.DATABASE_URL,
    gatewayPublicKey: config.INTERNAL_TOKEN_PUBLIC_KEY,
    port: config.PORT,
    poolSize: config.DB_POOL_SIZE,
    statementTimeoutMs: config.STATEMENT_TIMEOUT_MS,
  });
  console.log(`${SUBGRAPH_NAME} listening on ${running.url}`);
  stopOnSignals(running.stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
