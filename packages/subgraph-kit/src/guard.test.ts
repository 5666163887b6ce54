import type { Actor } from '@lac/access';
import { describe, expect, it } from 'vitest';
import { AuditTrail } from './audit';
import { AccessGuard } from './guard';
import { Loaders } from './loaders';

const CHILDREN = Array.from({ length: 40 }, (_, i) => `11111111-1111-4111-8111-${String(i).padStart(12, '0')}`);
const IRO: Actor = {
  personId: 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa',
  role: 'iro',
  localAuthorityId: null,
  relationships: CHILDREN.map((childId) => ({ childId, kind: 'iro' as const })),
};
const CARER: Actor = {
  personId: 'cccccccc-cccc-4ccc-8ccc-cccccccccccc',
  role: 'foster_carer',
  localAuthorityId: null,
  relationships: [{ childId: CHILDREN[0], kind: 'carer' }],
};

/** One request's guard, as createContext builds it; direct relationships only, so the database is never asked. */
function guardFor(actor: Actor): AccessGuard {
  const db = { query: () => Promise.reject(new Error('no database in this test')) };
  return new AccessGuard(actor, new Loaders(), db, new AuditTrail('test', actor.personId, 'request'));
}

// The guard remembers each child's relationship for the request it serves (every field of a page asks it); that
// memory must never answer for another caller or another request (docs/decisions/0014).
describe('the relationship the guard remembers within one request', () => {
  it('answers each of two callers asking about the same children at the same time with their own relationship', async () => {
    const iro = guardFor(IRO);
    const carer = guardFor(CARER);
    const asks = CHILDREN.flatMap((childId) =>
      [0, 1, 2].flatMap(() => [
        iro.relationshipTo(childId).then((r) => ['iro', childId, r] as const),
        carer.relationshipTo(childId).then((r) => ['carer', childId, r] as const),
      ]),
    );
    for (const [who, childId, relationship] of await Promise.all(asks)) {
      if (who === 'iro') expect(relationship).toBe('iro');
      else expect(relationship).toBe(childId === CHILDREN[0] ? 'carer' : null);
    }
  });

  it('is not carried into the caller’s next request: a relationship that has ended is gone there', async () => {
    const before = guardFor(CARER);
    expect(await before.relationshipTo(CHILDREN[0])).toBe('carer');
    const after = guardFor({ ...CARER, relationships: [] });
    expect(await after.relationshipTo(CHILDREN[0])).toBeNull();
    expect(await before.relationshipTo(CHILDREN[0])).toBe('carer');
  });

  it('gives every field of one request the same answer, and remembers a refusal as a refusal', async () => {
    const guard = guardFor(CARER);
    const field = { parentType: { name: 'Child' }, fieldName: 'placements' } as never;
    for (let i = 0; i < 3; i += 1) {
      expect(await guard.read(CHILDREN[0], field)).toBe('carer');
      expect(await guard.read(CHILDREN[1], field)).toBeNull();
      expect(await guard.readSensitive(CHILDREN[1], 'placement_address', field, CARER.personId)).toBe(false);
      await expect(guard.mustPerform(CHILDREN[1], 'record_review_held')).rejects.toThrow('Child not found');
    }
  });

  it('decides from all of the caller’s relationships to that child, the widest winning, as the policy does', async () => {
    const both: Actor = {
      ...CARER,
      relationships: [
        { childId: CHILDREN[2], kind: 'parent' },
        { childId: CHILDREN[1], kind: 'carer' },
        { childId: CHILDREN[2], kind: 'social_worker' },
      ],
    };
    const guard = guardFor(both);
    expect(await guard.relationshipTo(CHILDREN[2])).toBe('social_worker');
    expect(await guard.relationshipTo(CHILDREN[1])).toBe('carer');
    expect(await guard.relationshipTo(CHILDREN[0])).toBeNull();
  });

  it('still gives an IRO manager their own authority’s children, and only those', async () => {
    const manager: Actor = { ...IRO, role: 'iro_manager', localAuthorityId: 'la-1', relationships: [] };
    const guard = guardFor(manager);
    expect(await guard.relationshipTo(CHILDREN[0], 'la-1')).toBe('manager');
    expect(await guard.relationshipTo(CHILDREN[0], 'la-2')).toBeNull();
    expect(await guard.relationshipTo(CHILDREN[0], null)).toBeNull();
  });

  it('answers at once, with the same decision and audit as the async reads, only when no look-up is needed', async () => {
    const field = { parentType: { name: 'Child' }, fieldName: 'placements' } as never;
    const audit = new AuditTrail('test', CARER.personId, 'request');
    const db = { query: () => Promise.reject(new Error('no database in this test')) };
    const guard = new AccessGuard(CARER, new Loaders(), db, audit);
    expect(guard.readIfKnown(CHILDREN[0], field)).toBe('carer');
    expect(guard.readIfKnown(CHILDREN[1], field)).toBeNull();
    expect(guard.readSensitiveIfKnown(CHILDREN[0], 'placement_address', field, CARER.personId)).toBe(true);
    expect(guard.readSensitiveIfKnown(CHILDREN[0], 'placement_address', field, 'someone-else')).toBe(false);
    expect(audit.size).toBe(1);
    // An IRO manager's relationship to a child of unknown authority needs the batched look-up: not known at once.
    const manager = guardFor({ ...IRO, role: 'iro_manager', localAuthorityId: 'la-1', relationships: [] });
    expect(manager.knownRelationship(CHILDREN[0])).toBeUndefined();
    expect(manager.readIfKnown(CHILDREN[0], field)).toBeUndefined();
    expect(manager.readSensitiveIfKnown(CHILDREN[0], 'placement_address', field)).toBeUndefined();
    await expect(manager.relationshipTo(CHILDREN[0])).rejects.toThrow('no database in this test');
  });
});
