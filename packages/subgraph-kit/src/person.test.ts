import { randomUUID } from 'node:crypto';
import { createDataSource, migrate } from '@lac/database';
import { createTestDatabase } from '@lac/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createContext } from './context';
import { Person, personById } from './person';

let ds: ReturnType<typeof createDataSource>;
const ana = randomUUID();
const ben = randomUUID();

beforeAll(async () => {
  const url = await createTestDatabase(inject('databaseUrl'), 'kit_person');
  ds = createDataSource({ url, schema: 'kit', entities: [], migrations: [] });
  await migrate(ds.dataSource, url, 'kit');
  await ds.dataSource.query(
    `INSERT INTO access.people (id, display_name, role) VALUES ($1, 'Ana Fictional', 'iro'), ($2, 'Ben Invented', 'social_worker')`,
    [ana, ben],
  );
});

afterAll(() => ds?.dataSource.destroy());

describe('personById', () => {
  it('reads every id asked for in one tick with one statement, null for an unknown id', async () => {
    const ctx = createContext({
      subgraph: 'kit',
      actor: { personId: ana, role: 'iro', localAuthorityId: null, relationships: [] },
      db: ds.dataSource,
      today: '2026-11-30',
    });
    const before = ds.statements.count;
    const [a, b, nobody] = await Promise.all([ana, ben, randomUUID()].map((id) => personById(ctx).load(id)));
    expect(ds.statements.count - before).toBe(1);
    expect(a).toEqual(Object.assign(new Person(), { id: ana, displayName: 'Ana Fictional' }));
    expect(b).toBeInstanceOf(Person);
    expect(b?.displayName).toBe('Ben Invented');
    expect(nobody).toBeNull();
  });
});
