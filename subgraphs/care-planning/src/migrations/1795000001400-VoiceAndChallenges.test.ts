import { createDataSource, migrate } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { definition } from '../subgraph';
import { VoiceAndChallenges1795000001400 } from './1795000001400-VoiceAndChallenges';

let ds: ReturnType<typeof createDataSource>['dataSource'];

beforeAll(async () => {
  const url = await createTestDatabase(inject('databaseUrl'), 'voice_migration');
  ds = createDataSource({ url, schema: definition.schema, entities: definition.entities, migrations: definition.migrations }).dataSource;
  await migrate(ds, url, definition.schema);
});

afterAll(() => ds?.destroy());

const tables = async () =>
  (
    await ds.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'care_planning'
        AND table_name IN ('iro_messages', 'iro_channel_openings', 'iro_message_shares', 'challenge_stages', 'challenges', 'challenge_history')
        ORDER BY table_name`,
    )
  ).map((r: { table_name: string }) => r.table_name);

describe('VoiceAndChallenges1795000001400', () => {
  it('is reversible: undone it leaves no table behind, and it runs again', async () => {
    expect(await tables()).toHaveLength(6);
    // Run directly rather than "undo last", so later migrations from elsewhere do not change what is tested.
    const migration = new VoiceAndChallenges1795000001400();
    const runner = ds.createQueryRunner();
    try {
      await migration.down(runner);
      expect(await tables()).toEqual([]);
      await migration.up(runner);
      expect(await tables()).toHaveLength(6);
    } finally {
      await runner.release();
    }
  });
});
