import 'reflect-metadata';
import type { Actor } from '@lac/access';
import { graphql, graphqlSync, type GraphQLSchema } from 'graphql';
import { Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from './audit';
import type { SubgraphContext } from './context';
import { AccessGuard } from './guard';
import { Loaders } from './loaders';
import { buildGuardedSchema } from './schema';
import { Related, Sensitive } from './sensitive';

const CHILD = '11111111-1111-4111-8111-111111111111';
const CARER = 'cccccccc-cccc-4ccc-8ccc-cccccccccccc';

@ObjectType()
class Household {
  @Field(() => ID) id: string;
  childId: string;
  ownerPersonId: string;
  @Field(() => String, { nullable: true }) @Sensitive('placement_address') address: string | null;
}

@ObjectType()
class Child {
  @Field(() => ID) id: string;
  localAuthorityId: string | null;
}

@Resolver(() => Child)
class ChildFields {
  @Query(() => Child) child(): Child {
    return { id: CHILD, localAuthorityId: null };
  }
  @FieldResolver(() => [String]) @Sensitive('iro_challenge') challenges(): string[] {
    return ['one'];
  }
  @FieldResolver(() => Int) @Sensitive('iro_challenge') challengeCount(): number {
    return 1;
  }
  @FieldResolver(() => String, { nullable: true }) @Sensitive('care_plan') plan(): string {
    return 'plan';
  }
  @FieldResolver(() => [String]) @Related() periods(): string[] {
    return ['period'];
  }
  @FieldResolver(() => [String]) @Related({ audit: true }) moves(): string[] {
    return ['move'];
  }
  @FieldResolver(() => Int) @Related({ audit: true }) moveCount(): number {
    return 1;
  }
  @FieldResolver(() => String, { nullable: true }) @Related({ audit: true }) lastMove(): string {
    return '2026-01-01';
  }
  @FieldResolver(() => [Household]) households(@Root() child: Child): Household[] {
    return [
      { id: 'h1', childId: child.id, ownerPersonId: CARER, address: '1 Own Street' },
      { id: 'h2', childId: child.id, ownerPersonId: 'someone-else', address: '2 Other Street' },
    ];
  }
}

const QUERY = '{ child { challenges challengeCount plan periods households { address } } }';

function contextFor(actor: Actor): SubgraphContext {
  const loaders = new Loaders();
  const audit = new AuditTrail('test', actor.personId, 'request');
  // Direct relationships only: the policy never needs the database here, so any query is a test failure.
  const db = { query: () => Promise.reject(new Error('no database in this test')) } as never;
  return {
    actor,
    access: new AccessGuard(actor, loaders, db, audit),
    loaders,
    audit,
    db,
    today: '2026-11-30',
    requestId: 'r',
  };
}

const as = (kind: 'iro' | 'parent' | 'carer' | null): Actor => ({
  personId: CARER,
  role: 'iro',
  localAuthorityId: null,
  relationships: kind ? [{ childId: CHILD, kind }] : [],
});

describe('@Sensitive and @Related', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGuardedSchema({ resolvers: [ChildFields], orphanedTypes: [Household], validate: false });
  });

  it('shows everything the relationship allows, and audits each labelled read as Type.field', async () => {
    const ctx = contextFor(as('iro'));
    const result = await graphql({ schema, source: QUERY, contextValue: ctx });
    expect(result).toEqual({
      data: {
        child: {
          challenges: ['one'],
          challengeCount: 1,
          plan: 'plan',
          periods: ['period'],
          households: [{ address: '1 Own Street' }, { address: '2 Other Street' }],
        },
      },
    });
    // iro_challenge (one key per field: challenges, challengeCount), care_plan, placement_address: 4 distinct keys.
    expect(ctx.audit.size).toBe(4);
  });

  it('hides a list as [], a count as 0 and a nullable field as null, with no error and no audit', async () => {
    const ctx = contextFor(as('parent'));
    const result = await graphql({ schema, source: QUERY, contextValue: ctx });
    expect(result).toEqual({
      data: {
        child: {
          challenges: [],
          challengeCount: 0,
          plan: 'plan',
          periods: ['period'],
          households: [{ address: null }, { address: null }],
        },
      },
    });
    expect(ctx.audit.size).toBe(1);
  });

  it('shows a carer only their own household (carer-only-own labels)', async () => {
    const result = await graphql({
      schema,
      source: '{ child { households { address } } }',
      contextValue: contextFor(as('carer')),
    });
    expect(result.data).toEqual({ child: { households: [{ address: '1 Own Street' }, { address: null }] } });
  });

  it('answers at once, without a promise per field, when the guard needs no look-up (shown or hidden)', () => {
    // graphqlSync fails if any resolver returns a promise: the guards of a caller who needs no look-up (every
    // caller but an IRO manager asking about a child whose authority is not given) must not make one.
    for (const kind of ['iro', 'parent', null] as const) {
      const result = graphqlSync({ schema, source: QUERY, contextValue: contextFor(as(kind)) });
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(expect.objectContaining({ child: expect.any(Object) }));
    }
  });

  it('gives someone with no relationship nothing, even for unlabelled fields', async () => {
    const ctx = contextFor(as(null));
    const result = await graphql({ schema, source: QUERY, contextValue: ctx });
    expect(result).toEqual({
      data: {
        child: {
          challenges: [],
          challengeCount: 0,
          plan: null,
          periods: [],
          households: [{ address: null }, { address: null }],
        },
      },
    });
    expect(ctx.audit.size).toBe(0);
  });
});

describe('@Related({ audit: true })', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildGuardedSchema({ resolvers: [ChildFields], orphanedTypes: [Household], validate: false });
  });
  const AUDITED = '{ child { moves moveCount lastMove } }';

  /** The labels the request's audit would write for the child, read from the one statement it sends. */
  async function auditedLabels(ctx: SubgraphContext): Promise<string[]> {
    const sent: unknown[][] = [];
    await ctx.audit.flush({ query: (_sql: string, params: unknown[]) => Promise.resolve(sent.push(params)) } as never);
    if (sent.length === 0) return [];
    // One parameter: the grouped append's requests, each with its rows (decision 0025's group commit).
    const groups = JSON.parse(sent[0][0] as string) as Array<{
      entries: Array<{ child_id: string; labels: string[] }>;
    }>;
    return groups.flatMap((g) => g.entries.flatMap((r) => (r.child_id === CHILD ? r.labels : [])));
  }

  it('shows anyone related the field and audits each read under its derived key', async () => {
    const ctx = contextFor(as('parent'));
    const result = await graphql({ schema, source: AUDITED, contextValue: ctx });
    expect(result).toEqual({ data: { child: { moves: ['move'], moveCount: 1, lastMove: '2026-01-01' } } });
    expect(await auditedLabels(ctx)).toEqual(['Child.lastMove', 'Child.moveCount', 'Child.moves']);
  });

  it('gives a stranger [], 0 and null, as for a child with nothing recorded, and audits nothing', async () => {
    const ctx = contextFor(as(null));
    const result = await graphql({ schema, source: AUDITED, contextValue: ctx });
    expect(result).toEqual({ data: { child: { moves: [], moveCount: 0, lastMove: null } } });
    expect(await auditedLabels(ctx)).toEqual([]);
  });

  it('leaves a plain @Related() read unaudited: reaching the child was audited', async () => {
    const ctx = contextFor(as('parent'));
    await graphql({ schema, source: '{ child { periods } }', contextValue: ctx });
    expect(await auditedLabels(ctx)).toEqual([]);
  });
});

describe('one guard per field', () => {
  it('refuses a second @Sensitive or @Related on the same field, which would replace the first', () => {
    expect(() => {
      class Twice {
        @Sensitive('care_plan') @Related() plan: string | null;
      }
      return Twice;
    }).toThrow(/plan declares @Sensitive\/@Related twice/);
  });
});
