import { SUBGRAPHS } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { defineSubgraph } from './define';

class A1795000000300 {}
class B1795000000200 {}
class ResolverA {}
class ResolverB {}
class EntityA {}
class Orphan {}
const name = SUBGRAPHS[0].name;
const dbSchema = SUBGRAPHS[0].dbSchema;

describe('defineSubgraph', () => {
  it('concatenates module folders in the order listed, migrations in timestamp order as TypeORM runs them', () => {
    const resolve = () => null;
    const d = defineSubgraph({
      name,
      dbSchema,
      modules: [
        { entities: [EntityA], resolvers: [ResolverA], migrations: [A1795000000300] },
        { resolvers: [ResolverB], migrations: [B1795000000200], orphanedTypes: [Orphan] },
      ],
      referenceResolvers: { Child: resolve },
    });
    // the kit's own migration (idempotency keys) comes with every subgraph, ordered by its date
    expect(d.migrations.map((m) => m.name)).toEqual([
      'B1795000000200',
      'A1795000000300',
      'IdempotencyKeys1795996800200',
    ]);
    expect(d).toEqual({
      name,
      schema: dbSchema,
      entities: [EntityA],
      resolvers: [ResolverA, ResolverB],
      migrations: [B1795000000200, A1795000000300, d.migrations[2]],
      orphanedTypes: [Orphan],
      referenceResolvers: { Child: resolve },
    });
  });

  it('refuses a subgraph the registry does not declare, or declares with another schema', () => {
    const modules = [{ resolvers: [ResolverA] }];
    expect(() => defineSubgraph({ name: 'no-such-subgraph', dbSchema, modules })).toThrow(/No subgraph is declared/);
    expect(() => defineSubgraph({ name, dbSchema: 'elsewhere', modules })).toThrow(/declared with schema/);
  });

  it('refuses a subgraph without resolvers, a migration listed twice, or one TypeORM could not order', () => {
    expect(() => defineSubgraph({ name, dbSchema, modules: [{ entities: [EntityA] }] })).toThrow(/no resolvers/);
    expect(() =>
      defineSubgraph({
        name,
        dbSchema,
        modules: [{ resolvers: [ResolverA], migrations: [A1795000000300, A1795000000300] }],
      }),
    ).toThrow(/twice/);
    class Unstamped {}
    expect(() =>
      defineSubgraph({ name, dbSchema, modules: [{ resolvers: [ResolverA], migrations: [Unstamped] }] }),
    ).toThrow(/13-digit timestamp/);
  });
});
