import type { MigrationInterface, QueryRunner } from 'typeorm';

export const IDEMPOTENCY_KEYS_MIGRATION = 'IdempotencyKeys1795996800200';

/**
 * The kit's own migration, which `defineSubgraph` adds to every subgraph for its schema: the keys of create
 * mutations already answered (idempotency.ts), one row per actor and key, with what was asked (operation and payload
 * hash) and the id of what it created. One class per schema, all with the same name: each schema keeps its own
 * migrations table, and the schema is fixed here rather than read from the connection running it.
 */
export function idempotencyKeysMigration(schema: string): new () => MigrationInterface {
  if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`idempotency keys need a plain schema name, got ${schema}`);
  return class IdempotencyKeys1795996800200 implements MigrationInterface {
    name = IDEMPOTENCY_KEYS_MIGRATION;

    async up(q: QueryRunner): Promise<void> {
      await q.query(`
        CREATE TABLE ${schema}.idempotency_keys (
          actor_id uuid NOT NULL,
          key text NOT NULL,
          operation text NOT NULL,
          payload_hash text NOT NULL,
          result_id text,
          created_at timestamptz NOT NULL DEFAULT now(),
          PRIMARY KEY (actor_id, key)
        )`);
    }

    async down(q: QueryRunner): Promise<void> {
      await q.query(`DROP TABLE ${schema}.idempotency_keys`);
    }
  };
}
