import { Placement } from '@lac/placements';
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

/**
 * The delegated-authority matrix through the gateway (DOMAIN.md §4, docs/decisions/0015-delegated-authority.md): the social worker starts it
 * from the defaults for the legal status; a row the legal status forbids is refused with the reason and nothing is
 * written; a stale save is a CONFLICT naming the rows; the carer asks, the social worker decides, a new version; the
 * IRO confirms it at a review.
 */
const TODAY = '2026-11-23';
let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let socialWorker: Person;
let iro: Person;
let carer: Person;
let careOrderChild: string;
let section20Child: string;

const READ = graphql(`
  query DelegatedAuthorityRead($id: ID!) {
    child(id: $id) {
      delegatedAuthority {
        version
        legalStatus
        reason
        changedOn
        changedBy {
          displayName
        }
        entries {
          area
          holder
          conditions
          reasonNotDelegated
          parentAgreedOn
          fixedByLaw
        }
        history {
          version
          reason
        }
        requests {
          id
          area
          holder
          status
          decisionReason
          resultingVersion
        }
        confirmations {
          reviewId
          version
        }
      }
    }
  }
`);
const SAVE = graphql(`
  mutation DelegatedAuthoritySave($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
      entries {
        area
        holder
      }
    }
  }
`);
const REQUEST = graphql(`
  mutation DelegatedAuthorityRequest($input: RequestDelegatedAuthorityChangeInput!) {
    requestDelegatedAuthorityChange(input: $input) {
      id
      status
      baseVersion
    }
  }
`);
const DECIDE = graphql(`
  mutation DelegatedAuthorityDecide($input: DecideDelegatedAuthorityRequestInput!) {
    decideDelegatedAuthorityRequest(input: $input) {
      version
      entries {
        area
        holder
        conditions
      }
    }
  }
`);
const CONFIRM = graphql(`
  mutation DelegatedAuthorityConfirm($input: ConfirmDelegatedAuthorityInput!) {
    confirmDelegatedAuthorityAtReview(input: $input) {
      reviewId
      version
    }
  }
`);

const versions = async (childId: string): Promise<number> => {
  const [{ n }] = await system.subgraphs.placements.dataSource.query(
    `SELECT count(*)::int AS n FROM placements.delegated_authority_versions WHERE child_id = $1`,
    [childId],
  );
  return n as number;
};
const read = async (token: string, id: string) =>
  (await system.graphql(token, READ, { id })).data?.child?.delegatedAuthority;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  socialWorker = await world.person('social_worker');
  iro = await world.person('iro');
  carer = await world.person('foster_carer');
  careOrderChild = await world.child({ socialWorker: socialWorker.id, iro: iro.id, since: '2026-03-02' });
  await world.legalStatus(careOrderChild, 'C2', '2026-03-02');
  await world.place(careOrderChild, carer.id, '2026-03-02');
  section20Child = await world.child({ socialWorker: socialWorker.id, iro: iro.id, since: '2026-03-02' });
  await world.legalStatus(section20Child, 'V2', '2026-03-02');
  await world.place(section20Child, carer.id, '2026-03-02');
});

afterAll(() => system?.stop());

describe('the social worker records the matrix', () => {
  it('starts it from the defaults for a care order, every area once', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: {
        childId: careOrderChild,
        expectedVersion: 0,
        legalStatus: 'C2',
        reason: 'Placement planning meeting',
        entries: [],
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.saveDelegatedAuthority.version).toBe(1);
    const da = await read(await socialWorker.token(), careOrderChild);
    expect(da?.entries).toHaveLength(15);
    expect(da?.entries.find((e) => e.area === 'HAIRCUTS')?.holder).toBe('CARER');
    expect(da?.entries.find((e) => e.area === 'CONSENT_TO_ADOPTION')).toMatchObject({
      holder: 'PARENT',
      fixedByLaw: expect.stringMatching(/s\.33\(6\)\(b\)/),
    });
    expect(da?.changedBy?.displayName).toMatch(/social_worker/);
  });

  it.each([
    [
      'a care order: consent to adoption given to the carer',
      () => careOrderChild,
      'C2',
      1,
      { area: 'CONSENT_TO_ADOPTION' as const, holder: 'CARER' as const },
      'entries.CONSENT_TO_ADOPTION.holder',
      'NOT_DELEGABLE',
    ],
    [
      'a care order: a change of religion given to the social worker',
      () => careOrderChild,
      'C2',
      1,
      { area: 'CHANGE_OF_RELIGION' as const, holder: 'SOCIAL_WORKER' as const, reasonNotDelegated: 'LA decides' },
      'entries.CHANGE_OF_RELIGION.holder',
      'NOT_DELEGABLE',
    ],
    [
      'section 20: haircuts to the carer without the parent’s agreement',
      () => section20Child,
      'V2',
      0,
      { area: 'HAIRCUTS' as const, holder: 'CARER' as const },
      'entries.HAIRCUTS.parentAgreedOn',
      'NEEDS_PARENT_AGREEMENT',
    ],
  ])(
    'refuses %s, with the reason, and writes nothing',
    async (_l, child, legalStatus, expectedVersion, row, field, problem) => {
      const before = await versions(child());
      const res = await system.graphql(await socialWorker.token(), SAVE, {
        input: { childId: child(), expectedVersion, legalStatus, reason: 'Trying', entries: [row] },
      });
      expect(res.errors?.[0]?.extensions, res.raw).toEqual({ code: 'BAD_USER_INPUT', field, problem });
      expect(res.errors?.[0]?.message).toMatch(/Children Act|parental responsibility/);
      expect(await versions(child())).toBe(before);
    },
  );

  it('accepts the section 20 delegation once the parent’s agreement is recorded', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: {
        childId: section20Child,
        expectedVersion: 0,
        legalStatus: 'V2',
        reason: 'Mother agreed at the placement planning meeting',
        entries: [{ area: 'HAIRCUTS', holder: 'CARER', parentAgreedOn: '2026-03-02' }],
      },
    });
    expect(res.errors, res.raw).toBeUndefined();
    const da = await read(await socialWorker.token(), section20Child);
    expect(da?.entries.find((e) => e.area === 'HAIRCUTS')).toMatchObject({
      holder: 'CARER',
      parentAgreedOn: '2026-03-02',
    });
    expect(da?.entries.find((e) => e.area === 'SLEEPOVERS')?.holder).toBe('PARENT');
  });

  it('refuses an unknown legal status code', async () => {
    const res = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId: careOrderChild, expectedVersion: 1, legalStatus: 'Z9', reason: 'x', entries: [] },
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'legalStatus',
      problem: 'UNKNOWN_CODE',
    });
  });

  it('a save from a stale version is a CONFLICT naming the rows that changed, never an overwrite', async () => {
    const token = await socialWorker.token();
    const first = await system.graphql(token, SAVE, {
      input: {
        childId: careOrderChild,
        expectedVersion: 1,
        legalStatus: 'C2',
        reason: 'Sleepovers need a check first',
        entries: [{ area: 'SLEEPOVERS', holder: 'SOCIAL_WORKER', reasonNotDelegated: 'Recent missing episode' }],
      },
    });
    expect(first.errors, first.raw).toBeUndefined();
    const stale = await system.graphql(token, SAVE, {
      input: {
        childId: careOrderChild,
        expectedVersion: 1,
        legalStatus: 'C2',
        reason: 'Phones',
        entries: [{ area: 'SOCIAL_MEDIA_AND_PHONES', holder: 'CARER', conditions: 'No phone at night' }],
      },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changed: ['SLEEPOVERS'] });
    const da = await read(token, careOrderChild);
    expect(da?.version).toBe(2);
    expect(da?.entries.find((e) => e.area === 'SOCIAL_MEDIA_AND_PHONES')?.conditions).toBeNull();
  });

  it('of two saves from the same version at once, one wins and the other gets CONFLICT', async () => {
    const token = await socialWorker.token();
    const save = (conditions: string) =>
      system.graphql(token, SAVE, {
        input: {
          childId: careOrderChild,
          expectedVersion: 2,
          legalStatus: 'C2',
          reason: 'Race',
          entries: [{ area: 'HAIRCUTS', holder: 'CARER', conditions }],
        },
      });
    const results = await Promise.all([save('Short'), save('Long')]);
    expect(results.filter((r) => r.errors === undefined)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(1);
    expect((await read(token, careOrderChild))?.version).toBe(3);
  });
});

describe('the carer asks for a change and the social worker decides', () => {
  it('approving makes a new version with the row; the history says who, when and why', async () => {
    const asked = await system.graphql(await carer.token(), REQUEST, {
      input: {
        childId: careOrderChild,
        area: 'SLEEPOVERS',
        holder: 'CARER',
        conditions: 'Friends we know',
        why: 'She is invited to a birthday.',
      },
    });
    expect(asked.errors, asked.raw).toBeUndefined();
    expect(asked.data?.requestDelegatedAuthorityChange).toMatchObject({ status: 'PENDING', baseVersion: 3 });
    const decided = await system.graphql(await socialWorker.token(), DECIDE, {
      input: {
        requestId: asked.data!.requestDelegatedAuthorityChange.id,
        approve: true,
        reason: 'Things have settled.',
        expectedVersion: 3,
      },
    });
    expect(decided.errors, decided.raw).toBeUndefined();
    expect(decided.data?.decideDelegatedAuthorityRequest.version).toBe(4);
    const da = await read(await carer.token(), careOrderChild);
    expect(da?.entries.find((e) => e.area === 'SLEEPOVERS')).toMatchObject({
      holder: 'CARER',
      conditions: 'Friends we know',
    });
    expect(da?.reason).toMatch(/birthday.*Things have settled/);
    expect(da?.history.map((h) => h.version)).toEqual([4, 3, 2, 1]);
    expect(da?.requests[0]).toMatchObject({
      status: 'APPROVED',
      resultingVersion: 4,
      decisionReason: 'Things have settled.',
    });
  });

  it('declining keeps the matrix and records the reason; a decided request cannot be decided again', async () => {
    const asked = await system.graphql(await carer.token(), REQUEST, {
      input: { childId: careOrderChild, area: 'PASSPORT', holder: 'CARER', why: 'For a school trip to France.' },
    });
    const id = asked.data!.requestDelegatedAuthorityChange.id;
    const declined = await system.graphql(await socialWorker.token(), DECIDE, {
      input: {
        requestId: id,
        approve: false,
        reason: 'The local authority applies for passports.',
        expectedVersion: 4,
      },
    });
    expect(declined.data?.decideDelegatedAuthorityRequest.version).toBe(4);
    const again = await system.graphql(await socialWorker.token(), DECIDE, {
      input: { requestId: id, approve: true, reason: 'Changed my mind', expectedVersion: 4 },
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problem: 'INVALID_STATE' });
    expect((await read(await carer.token(), careOrderChild))?.requests[0]).toMatchObject({ status: 'DECLINED' });
  });

  it('an approval the legal status forbids is refused and the request stays pending', async () => {
    const asked = await system.graphql(await carer.token(), REQUEST, {
      input: { childId: section20Child, area: 'SLEEPOVERS', holder: 'CARER', why: 'Sleepover next week.' },
    });
    const id = asked.data!.requestDelegatedAuthorityChange.id;
    const res = await system.graphql(await socialWorker.token(), DECIDE, {
      input: { requestId: id, approve: true, reason: 'Fine by me', expectedVersion: 1 },
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'entries.SLEEPOVERS.parentAgreedOn',
      problem: 'NEEDS_PARENT_AGREEMENT',
    });
    expect((await read(await carer.token(), section20Child))?.requests[0]).toMatchObject({ status: 'PENDING' });
    const agreed = await system.graphql(await socialWorker.token(), DECIDE, {
      input: {
        requestId: id,
        approve: true,
        reason: 'Mother agreed by phone',
        expectedVersion: 1,
        parentAgreedOn: '2026-11-20',
      },
    });
    expect(agreed.errors, agreed.raw).toBeUndefined();
  });

  it('a request for what the law fixes is refused at once, with the section, and nothing is written', async () => {
    const res = await system.graphql(await carer.token(), REQUEST, {
      input: { childId: careOrderChild, area: 'CHANGE_OF_RELIGION', holder: 'CARER', why: 'She asked to.' },
    });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'area', problem: 'NOT_DELEGABLE' });
    expect(res.errors?.[0]?.message).toMatch(/s\.33\(6\)\(a\)/);
  });

  it('only the carer asks and only the social worker decides', async () => {
    const byWorker = await system.graphql(await socialWorker.token(), REQUEST, {
      input: { childId: careOrderChild, area: 'HAIRCUTS', holder: 'PARENT', why: 'x' },
    });
    expect(byWorker.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const asked = await system.graphql(await carer.token(), REQUEST, {
      input: { childId: careOrderChild, area: 'HOLIDAYS_IN_THE_UK', holder: 'CARER', why: 'Half term in Devon.' },
    });
    const byCarer = await system.graphql(await carer.token(), DECIDE, {
      input: {
        requestId: asked.data!.requestDelegatedAuthorityChange.id,
        approve: true,
        reason: 'Yes',
        expectedVersion: 4,
      },
    });
    const unknown = await system.graphql(await carer.token(), DECIDE, {
      input: { requestId: '4f1c1f0e-9a4e-4c53-8d6b-2f0f0c1d2e3f', approve: true, reason: 'Yes', expectedVersion: 4 },
    });
    expect(byCarer.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(byCarer.raw).toBe(unknown.raw);
  });
});

describe('the IRO confirms the matrix at a review', () => {
  const reviewId = '7d4b8e52-1f0a-4c3e-9b9d-3a2f5e6c7d8e';
  it('records the version confirmed; a stale version is a CONFLICT naming what changed', async () => {
    const stale = await system.graphql(await iro.token(), CONFIRM, {
      input: { childId: careOrderChild, reviewId, version: 3 },
    });
    expect(stale.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', changed: ['SLEEPOVERS'] });
    const ok = await system.graphql(await iro.token(), CONFIRM, {
      input: { childId: careOrderChild, reviewId, version: 4 },
    });
    expect(ok.errors, ok.raw).toBeUndefined();
    expect((await read(await iro.token(), careOrderChild))?.confirmations).toEqual([{ reviewId, version: 4 }]);
  });
  it('is the IRO’s alone', async () => {
    const res = await system.graphql(await socialWorker.token(), CONFIRM, {
      input: { childId: careOrderChild, reviewId, version: 4 },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('once the placement has ended', () => {
  it('a pending request cannot be decided and no new version can be saved, each with the reason', async () => {
    const asked = await system.graphql(await carer.token(), REQUEST, {
      input: { childId: section20Child, area: 'SCHOOL_TRIPS', holder: 'CARER', why: 'Trip to the coast.' },
    });
    expect(asked.errors, asked.raw).toBeUndefined();
    const placement = await system.subgraphs.placements.dataSource
      .getRepository(Placement)
      .findOneByOrFail({ childId: section20Child, endDate: IsNull() });
    await world.endPlacement(placement, TODAY);
    const before = await versions(section20Child);
    const decided = await system.graphql(await socialWorker.token(), DECIDE, {
      input: {
        requestId: asked.data!.requestDelegatedAuthorityChange.id,
        approve: true,
        reason: 'Yes',
        expectedVersion: 2,
        parentAgreedOn: '2026-11-20',
      },
    });
    expect(decided.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'requestId',
      problem: 'INVALID_STATE',
    });
    const saved = await system.graphql(await socialWorker.token(), SAVE, {
      input: { childId: section20Child, expectedVersion: 2, legalStatus: 'V2', reason: 'Late change', entries: [] },
    });
    expect(saved.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'childId',
      problem: 'INVALID_STATE',
    });
    expect(await versions(section20Child)).toBe(before);
  });
});
