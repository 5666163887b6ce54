import {
  ACTIONS,
  type Actor,
  type RelationshipKind,
  type Role,
  SENSITIVE_FIELDS,
  camelKey,
  grantRelationship,
  viewerCapabilities,
} from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * `Child.viewerCan` through the gateway, for every relationship the demo has: it must be exactly what the one
 * policy computes, and a child outside the caller's relationships stays null, byte for byte like an unknown id.
 */
const TODAY = '2026-11-23';
const UNKNOWN = '5b5b5b5b-0000-4000-8000-000000000000';

const SEE = Object.keys(SENSITIVE_FIELDS).map(camelKey);
const DO = Object.keys(ACTIONS).map(camelKey);
const QUERY = `query($id: ID!) { child(id: $id) { viewerCan { see { ${SEE.join(' ')} } do { ${DO.join(' ')} } audience } } }`;
const WITH_ADDRESS = `query($id: ID!) { child(id: $id) { viewerCan { see { placementAddress } } currentPlacement { address { line1 } } } }`;

interface Caller {
  personId: string;
  role: Role;
  token: string;
}

let system: System;
let childId: string;
let otherChildId: string;
const callers = new Map<RelationshipKind, Caller>();

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const people = {
    iro: await world.person('iro'),
    social_worker: await world.person('social_worker'),
    parent: await world.person('parent'),
    carer: await world.person('foster_carer'),
    manager: await world.person('iro_manager'),
    advocate: await world.person('advocate'),
    guardian: await world.person('guardian'),
  };
  const young = await world.youngPerson('2013-03-02', {
    iro: people.iro.id,
    socialWorker: people.social_worker.id,
    parent: people.parent.id,
  });
  childId = young.childId;
  otherChildId = await world.child({ iro: (await world.person('iro')).id });
  await world.place(childId, people.carer.id);
  await system.subgraphs['care-planning'].dataSource.transaction(async (em) => {
    for (const kind of ['advocate', 'guardian'] as const) {
      await grantRelationship(em, {
        personId: people[kind].id,
        childId,
        kind,
        from: '2026-01-05',
        source: `test:${kind}`,
      });
    }
  });
  const roles: Record<RelationshipKind, [{ id: string; token: () => Promise<string> }, Role]> = {
    iro: [people.iro, 'iro'],
    social_worker: [people.social_worker, 'social_worker'],
    parent: [people.parent, 'parent'],
    carer: [people.carer, 'foster_carer'],
    manager: [people.manager, 'iro_manager'],
    advocate: [people.advocate, 'advocate'],
    guardian: [people.guardian, 'guardian'],
    self: [young.person, 'young_person'],
  };
  for (const [kind, [person, role]] of Object.entries(roles) as Array<
    [RelationshipKind, (typeof roles)[RelationshipKind]]
  >) {
    callers.set(kind, { personId: person.id, role, token: await person.token() });
  }
});

afterAll(() => system?.stop());

function expected(kind: RelationshipKind, caller: Caller) {
  const actor: Actor = { personId: caller.personId, role: caller.role, localAuthorityId: null, relationships: [] };
  const can = viewerCapabilities(actor, kind);
  return { see: can.see, do: can.do, audience: can.audience.toUpperCase() };
}

describe('Child.viewerCan', () => {
  it.each(['iro', 'social_worker', 'parent', 'carer', 'manager', 'advocate', 'guardian', 'self'] as const)(
    '%s: is what the policy computes for their relationship',
    async (kind) => {
      const caller = callers.get(kind)!;
      const res = await system.rawGraphql<{ child: { viewerCan: unknown } }>(caller.token, QUERY, { id: childId });
      expect(res.errors).toBeUndefined();
      expect(res.data?.child?.viewerCan).toEqual(expected(kind, caller));
    },
  );

  it('says what each caller gets from the fields themselves (spot checks written out independently)', async () => {
    const get = async (kind: RelationshipKind) =>
      (
        await system.rawGraphql<{
          child: { viewerCan: { see: Record<string, boolean>; do: Record<string, boolean>; audience: string } };
        }>(callers.get(kind)!.token, QUERY, { id: childId })
      ).data!.child.viewerCan;
    const [iro, parent, self, sw] = await Promise.all([get('iro'), get('parent'), get('self'), get('social_worker')]);
    expect([iro.audience, parent.audience, self.audience, sw.audience]).toEqual([
      'PROFESSIONAL',
      'PARENT',
      'YOUNG_PERSON',
      'PROFESSIONAL',
    ]);
    expect(parent.see.placementAddress).toBe(false);
    expect(self.do.sendMessageToIro).toBe(true);
    expect(iro.do.saveCarePlan).toBe(false);
    expect(sw.do.saveCarePlan).toBe(true);
    expect(sw.see.childPrivateToIro).toBe(false);
  });

  it.each(['carer', 'parent', 'iro'] as const)(
    '%s: see.placementAddress matches what the address field returns',
    async (kind) => {
      const res = await system.rawGraphql<{
        child: { viewerCan: { see: { placementAddress: boolean } }; currentPlacement: { address: unknown } };
      }>(callers.get(kind)!.token, WITH_ADDRESS, { id: childId });
      const child = res.data!.child;
      expect(child.viewerCan.see.placementAddress).toBe(child.currentPlacement.address !== null);
    },
  );

  it('leaves a child outside the caller’s relationships null, byte for byte like an unknown id', async () => {
    for (const kind of ['carer', 'parent', 'self', 'advocate'] as const) {
      const token = callers.get(kind)!.token;
      const other = await system.graphql(token, QUERY, { id: otherChildId });
      const missing = await system.graphql(token, QUERY, { id: UNKNOWN });
      expect(other.data).toEqual({ child: null });
      expect(other.raw).toBe(missing.raw);
    }
  });
});
