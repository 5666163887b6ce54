import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * The family network (family-contact: docs/architecture.md#the-shape): the social worker records it, recording a parent
 * with parental responsibility gives them the `parent` relationship, only the professionals read the network, and a
 * sibling link shows the other child only to someone the policy lets see that child too.
 */
const TODAY = '2026-11-23';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let iro: Person;
let socialWorker: Person;
let otherSocialWorker: Person;
let mother: Person;
let childId: string;
let siblingId: string;

const RECORD = graphql(`
  mutation FamilyNetworkRecord($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
      relation
      parentalResponsibility
      parentalResponsibilitySince
    }
  }
`);
const NETWORK = graphql(`
  query FamilyNetworkOfChild($id: ID!) {
    child(id: $id) {
      id
      familyMembers {
        displayName
        relation
        siblingLiving
        parentalResponsibility
        parentalResponsibilitySince
        person {
          id
        }
        siblingChild {
          id
          givenName
        }
      }
    }
  }
`);
const CHILD = graphql(`
  query FamilyNetworkChildSeen($id: ID!) {
    child(id: $id) {
      id
    }
  }
`);

const SCHEDULE_REVIEW = graphql(`
  mutation FamilyNetworkScheduleReview($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      invitations {
        name
        role
      }
    }
  }
`);

const memberCount = async () =>
  (
    await system.subgraphs['family-contact'].dataSource.query(
      `SELECT count(*)::int AS n FROM family_contact.family_members`,
    )
  )[0].n as number;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  otherSocialWorker = await world.person('social_worker');
  mother = await world.person('parent', 'Maya Testbrook');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, givenName: 'Rowan' });
  // The sibling shares the IRO but has a different social worker: siblings in care are often placed apart.
  siblingId = await world.child({ iro: iro.id, socialWorker: otherSocialWorker.id, givenName: 'Ash' });
});

afterAll(() => system?.stop());

describe('the family network through the graph', () => {
  it('recording a mother with parental responsibility gives her the child, from the day it began', async () => {
    expect((await system.graphql(await mother.token(), CHILD, { id: childId })).data?.child).toBeNull();
    const res = await system.graphql(await socialWorker.token(), RECORD, {
      input: {
        childId,
        personId: mother.id,
        displayName: 'Maya Testbrook',
        relation: 'MOTHER',
        parentalResponsibilitySince: '2015-06-15',
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.recordFamilyMember).toMatchObject({ relation: 'MOTHER', parentalResponsibility: true });
    expect((await system.graphql(await mother.token(), CHILD, { id: childId })).data?.child?.id).toBe(childId);
    const [grant] = await system.subgraphs['family-contact'].dataSource.query(
      `SELECT valid_from::text AS "from", source FROM access.relationships WHERE person_id = $1 AND kind = 'parent'`,
      [mother.id],
    );
    expect(grant).toEqual({ from: '2015-06-15', source: `family-contact:member:${res.data?.recordFamilyMember.id}` });
  });

  it('the mother recorded here is invited to the child’s review as a parent (care-planning reads the relationship)', async () => {
    const res = await system.graphql(await iro.token(), SCHEDULE_REVIEW, {
      input: { childId, date: '2026-12-01', venue: 'Brackenford family centre', kind: 'STATUTORY' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.scheduleReview.invitations).toContainEqual({ name: 'Maya Testbrook', role: 'parent' });
  });

  it('a relative without parental responsibility is in the network but gains no access', async () => {
    const father = await world.person('parent', 'Dev Testbrook');
    const res = await system.graphql(await socialWorker.token(), RECORD, {
      input: { childId, personId: father.id, displayName: 'Dev Testbrook', relation: 'FATHER' },
    });
    expect(res.data?.recordFamilyMember.parentalResponsibility).toBe(false);
    expect((await system.graphql(await father.token(), CHILD, { id: childId })).data?.child).toBeNull();
  });

  it('links a sibling in the system: the shared IRO sees the other child, a social worker of one only does not', async () => {
    const res = await system.graphql(await socialWorker.token(), RECORD, {
      input: {
        childId,
        displayName: 'Ash Testbrook',
        relation: 'SIBLING',
        siblingLiving: 'PLACED_ELSEWHERE',
        siblingChildId: siblingId,
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    await system.graphql(await socialWorker.token(), RECORD, {
      input: { childId, displayName: 'Nell Testbrook', relation: 'GRANDPARENT' },
    });

    const seenByIro = (await system.graphql(await iro.token(), NETWORK, { id: childId })).data?.child?.familyMembers;
    const sibling = seenByIro?.find((m) => m.relation === 'SIBLING');
    expect(sibling).toMatchObject({
      siblingLiving: 'PLACED_ELSEWHERE',
      siblingChild: { id: siblingId, givenName: 'Ash' },
    });
    expect(seenByIro?.map((m) => m.relation).sort()).toEqual(['FATHER', 'GRANDPARENT', 'MOTHER', 'SIBLING']);
    expect(seenByIro?.find((m) => m.relation === 'MOTHER')).toMatchObject({
      parentalResponsibility: true,
      parentalResponsibilitySince: '2015-06-15',
      person: { id: mother.id },
    });

    const seenBySocialWorker = (await system.graphql(await socialWorker.token(), NETWORK, { id: childId })).data?.child
      ?.familyMembers;
    const theirSibling = seenBySocialWorker?.find((m) => m.relation === 'SIBLING');
    expect(theirSibling?.displayName).toBe('Ash Testbrook');
    expect(theirSibling?.siblingChild).toBeNull();
  });

  it('a parent reads the child but never the family network: [] exactly as for a child with none', async () => {
    const asMother = await system.graphql(await mother.token(), NETWORK, { id: childId });
    expect(asMother.errors).toBeUndefined();
    expect(asMother.data?.child).toEqual({ id: childId, familyMembers: [] });
  });

  it('refuses a future start of parental responsibility and a child as their own sibling, saving nothing', async () => {
    const before = await memberCount();
    const future = await system.graphql(await socialWorker.token(), RECORD, {
      input: { childId, displayName: 'Kit Testbrook', relation: 'OTHER', parentalResponsibilitySince: '2026-12-01' },
    });
    expect(future.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'parentalResponsibilitySince',
      problem: 'DATE_IN_FUTURE',
    });
    const self = await system.graphql(await socialWorker.token(), RECORD, {
      input: { childId, displayName: 'Rowan', relation: 'SIBLING', siblingChildId: childId },
    });
    expect(self.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'siblingChildId' });
    expect(await memberCount()).toBe(before);
  });

  it('only the social worker records the network; anyone else is told the child is not found, as for no child', async () => {
    const input = { childId, displayName: 'Kit Testbrook', relation: 'OTHER' as const };
    const unknown = await system.graphql(await socialWorker.token(), RECORD, {
      input: { ...input, childId: '00000000-0000-4000-8000-000000000999' },
    });
    for (const who of [iro, otherSocialWorker, mother]) {
      const res = await system.graphql(await who.token(), RECORD, { input });
      expect(res.raw).toBe(unknown.raw);
    }
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
