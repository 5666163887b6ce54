import type { Actor } from '@lac/access';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from './audit';
import type { SubgraphContext } from './context';
import { AccessGuard } from './guard';
import { Loaders } from './loaders';
import { loadForAction } from './row-access';
import { childReference, loadVisible } from './visible';

const MINE = '11111111-1111-4111-8111-111111111111';
const OTHERS = '22222222-2222-4222-8222-222222222222';
const rows = new Map([
  ['aaaaaaaa-0000-4000-8000-000000000001', { id: 'aaaaaaaa-0000-4000-8000-000000000001', childId: MINE }],
  ['aaaaaaaa-0000-4000-8000-000000000002', { id: 'aaaaaaaa-0000-4000-8000-000000000002', childId: OTHERS }],
]);
const loader = { load: async (id: string) => rows.get(id) ?? null };
const UNKNOWN = 'aaaaaaaa-0000-4000-8000-000000000009';

function contextAs(kind: 'iro' | 'parent'): SubgraphContext {
  const actor: Actor = { personId: 'p', role: 'iro', localAuthorityId: null, relationships: [{ childId: MINE, kind }] };
  const loaders = new Loaders();
  const audit = new AuditTrail('test', 'p', 'r');
  // Direct relationships only: the policy never needs the database here.
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

async function errorOf(promise: Promise<unknown>): Promise<GraphQLError> {
  try {
    await promise;
  } catch (e) {
    return e as GraphQLError;
  }
  throw new Error('expected an error');
}

describe('loadVisible', () => {
  it('returns the row of a related child, audited, and null for another child (audited as denied), an unknown id or a malformed one', async () => {
    const ctx = contextAs('parent');
    expect(await loadVisible(ctx, loader, 'aaaaaaaa-0000-4000-8000-000000000001', 'Review')).toEqual(
      rows.get('aaaaaaaa-0000-4000-8000-000000000001'),
    );
    expect(ctx.audit.size).toBe(1);
    expect(await loadVisible(ctx, loader, 'aaaaaaaa-0000-4000-8000-000000000002', 'Review')).toBeNull();
    expect(ctx.audit.size).toBe(2); // the refused read, audited as denied
    expect(await loadVisible(ctx, loader, UNKNOWN, 'Review')).toBeNull();
    expect(await loadVisible(ctx, loader, 'not-a-uuid', 'Review')).toBeNull();
    expect(ctx.audit.size).toBe(2); // no record, nobody's record read
  });
});

describe('loadForAction (the write step used with loadVisible)', () => {
  it('gives the row and relationship when the action is allowed', async () => {
    const { row, relationship } = await loadForAction(
      contextAs('iro'),
      'Review',
      'aaaaaaaa-0000-4000-8000-000000000001',
      loader.load,
      (r) => r.childId,
      'schedule_review',
    );
    expect([row.childId, relationship]).toEqual([MINE, 'iro']);
  });

  it('answers a forbidden action, another child’s row and an unknown id with the same NOT_FOUND', async () => {
    const ctx = contextAs('parent');
    const errors = await Promise.all([
      errorOf(
        loadForAction(
          ctx,
          'Review',
          'aaaaaaaa-0000-4000-8000-000000000001',
          loader.load,
          (r) => r.childId,
          'schedule_review',
        ),
      ),
      errorOf(
        loadForAction(
          ctx,
          'Review',
          'aaaaaaaa-0000-4000-8000-000000000002',
          loader.load,
          (r) => r.childId,
          'submit_review_views',
        ),
      ),
      errorOf(loadForAction(ctx, 'Review', UNKNOWN, loader.load, (r) => r.childId, 'submit_review_views')),
      errorOf(loadForAction(ctx, 'Review', 'nonsense', loader.load, (r) => r.childId, 'submit_review_views')),
    ]);
    for (const e of errors) expect([e.message, e.extensions]).toEqual(['Review not found', { code: 'NOT_FOUND' }]);
  });
});

describe('childReference', () => {
  const resolve = childReference((id) => ({ id, kind: 'ChildRef' }));

  it('gives a related caller the child by key, and null for another child, an unknown id or a malformed one', async () => {
    const ctx = contextAs('parent');
    expect(await resolve({ __typename: 'Child', id: MINE }, ctx)).toEqual({ id: MINE, kind: 'ChildRef' });
    expect(await resolve({ __typename: 'Child', id: OTHERS }, ctx)).toBeNull();
    expect(await resolve({ __typename: 'Child', id: 'not-a-uuid' }, ctx)).toBeNull();
    expect(await resolve({ __typename: 'Child' }, ctx)).toBeNull();
    // Reaching the child is not a read of their record: the fields read from it are audited one by one.
    expect(ctx.audit.size).toBe(0);
  });
});
