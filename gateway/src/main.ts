import { readGatewayConfig, subgraphUrls } from './config';
import { startGateway } from './server';

async function main(): Promise<void> {
  const config = readGatewayConfig(process.env);
  const running = await startGateway({
    databaseUrl: config.DATABASE_URL,
    migrationDatabaseUrl: config.MIGRATION_DATABASE_URL,
    requireLeastPrivilege: config.NODE_ENV === 'production',
    userTokenPrivateKey: config.USER_TOKEN_PRIVATE_KEY,
    internalTokenPrivateKey: config.INTERNAL_TOKEN_PRIVATE_KEY,
    subgraphUrls: subgraphUrls(config),
    port: config.PORT,
    host: config.HOST,
    userTokenTtlSeconds: config.USER_TOKEN_TTL_SECONDS,
    subgraphTimeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    trustProxy: config.TRUSTED_PROXIES,
  });
  console.log(`gateway listening on ${running.url}`);
  const stop = (signal: string) => {
    console.log(`[${signal}] shutting down`);
    running.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
