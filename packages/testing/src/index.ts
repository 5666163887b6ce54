export { startEmbeddedPostgres, type EmbeddedPostgresOptions, type RunningPostgres } from './embedded-postgres';
export { createTestDatabase, ensureDatabase, withDatabase } from './databases';
export * from './demo';
