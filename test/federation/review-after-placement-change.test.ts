// A placement change brings the child's next review forward (DOMAIN.md §1.1, reg 32(2); docs/decisions/0022):
// placements records the move and publishes it into care-planning's own table in the same transaction
// (docs/decisions/0026); care-planning never reads placements' tables. The professionals read why; everyone else
// reads the same date with words that name no move.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
// Reviews held 2 February, 1 May and 3 August 2026: the next is due six months on, 3 February 2027 (reg 33(2)).
const REGULAR_DUE = '2027-02-03';
// Moved on Monday 2 November 2026: 20 working days on (the default local rule) is Monday 30 November 2026.
const MOVED = '2026-11-02';
const AFTER_MOVE_DUE = '2026-11-30';

let system: System;
let childId: string;
type Person = Awaited<ReturnType<World['person']>>;
let people: Record<'iro' | 'socialWorker' | 'manager' | 'parent' | 'carer' | 'newCarer' | 'youngPerson', Person>;
let firstPlacementId: string;

const NEXT_REVIEW = graphql(`
  query AfterPlacementChangeNextReview($id: ID!) {
    child(id: $id) {
      nextReview {
        dueBy
        latestWorkingDay
        status
        basis
        plainBasis
      }
    }
  }
`);
const CASELOAD = graphql(`
  query AfterPlacementChangeCaseload {
    children {
      items {
        id
        nextReview {
          dueBy
        }
      }
    }
  }
`);
const START = graphql(`
  mutation AfterPlacementChangeStart($input: StartPlacementInput!) {
    startPlacement(input: $input) {
      id
    }
  }
`);
const CHANGE = graphql(`
  mutation AfterPlacementChangeMove($input: ChangePlacementInput!) {
    changePlacement(input: $input) {
      id
    }
  }
`);
const SETTINGS = graphql(`
  query AfterPlacementChangeSettings {
    localAuthoritySettings {
      version
      additionalReviewRestartsCycle
      decisionsWithinWorkingDays
      fullRecordWithinWorkingDays
      iroContactShown
      reviewAfterPlacementChangeWorkingDays
      challengeStages {
        name
        workingDays
      }
    }
  }
`);
const SAVE_SETTINGS = graphql(`
  mutation AfterPlacementChangeSaveSettings($input: LocalAuthoritySettingsInput!) {
    updateLocalAuthoritySettings(input: $input) {
      version
      reviewAfterPlacementChangeWorkingDays
      history {
        changes
      }
    }
  }
`);

const address = { line1: '9 Larch Close', town: 'Brackenford', postcode: 'ZZ3 2QP' };

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivo Larchmoor');
  const socialWorker = await world.person('social_worker', 'Sol Larchmoor');
  const parent = await world.person('parent', 'Pat Larchmoor');
  const carer = await world.person('foster_carer', 'Cara Larchmoor');
  const newCarer = await world.person('foster_carer', 'Nell Larchmoor');
  const manager = await world.person('iro_manager', 'Mina Larchmoor');
  const jo = await world.youngPerson('2012-05-14', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    since: '2026-01-05',
    givenName: 'Jo',
  });
  childId = jo.childId;
  for (const heldOn of ['2026-02-02', '2026-05-01', '2026-08-03']) await world.reviewHeld(childId, heldOn, iro.id);
  people = { iro, socialWorker, manager, parent, carer, newCarer, youngPerson: jo.person };
  const started = await system.graphql(await socialWorker.token(), START, {
    input: {
      childId,
      carerPersonId: carer.id,
      placementType: 'U4',
      providerCode: 'PR1',
      startDate: '2026-01-05',
      address,
    },
  });
  expect(started.errors, started.raw).toBeUndefined();
  firstPlacementId = started.data!.startPlacement.id;
});

afterAll(() => system?.stop());

async function nextReviewAs(who: keyof typeof people) {
  const res = await system.graphql(await people[who].token(), NEXT_REVIEW, { id: childId });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data?.child?.nextReview;
}

describe('a placement change and the next review, through the gateway', () => {
  it('before any move, the regular cycle stands', async () => {
    expect((await nextReviewAs('iro'))?.dueBy).toBe(REGULAR_DUE);
  });

  it('a move made through the graph brings the review forward in care-planning’s answer, with its basis', async () => {
    const moved = await system.graphql(await people.socialWorker.token(), CHANGE, {
      input: {
        placementId: firstPlacementId,
        reasonForChange: 'CARPL',
        carerPersonId: people.newCarer.id,
        placementType: 'U4',
        providerCode: 'PR1',
        startDate: MOVED,
        address: { ...address, line1: '4 Rowan Way' },
      },
    });
    expect(moved.errors, moved.raw).toBeUndefined();

    const next = await nextReviewAs('iro');
    expect(next).toMatchObject({ dueBy: AFTER_MOVE_DUE, latestWorkingDay: AFTER_MOVE_DUE, status: 'DUE_SOON' });
    expect(next?.basis).toMatch(
      /^A review after the placement change on 2 November 2026 \(local rule, 20 working days\)\./,
    );
    expect(next?.plainBasis).toContain('moved placement on 2 November 2026');
    // The same date on the caseload, where the gateway asks care-planning once (docs/decisions/0026).
    const caseload = await system.graphql(await people.iro.token(), CASELOAD, {});
    expect(caseload.errors, caseload.raw).toBeUndefined();
    expect(caseload.data?.children.items.find((c) => c.id === childId)?.nextReview?.dueBy).toBe(AFTER_MOVE_DUE);
  });

  it('everyone reads the same date; only the professionals read words naming the move', async () => {
    for (const who of ['socialWorker', 'manager'] as const) {
      const next = await nextReviewAs(who);
      expect(next?.dueBy).toBe(AFTER_MOVE_DUE);
      expect(next?.basis).toContain('placement change on 2 November 2026');
    }
    const family = await Promise.all(
      (['parent', 'youngPerson', 'newCarer'] as const).map(async (who) => [who, await nextReviewAs(who)] as const),
    );
    for (const [who, next] of family) {
      expect(next?.dueBy, who).toBe(AFTER_MOVE_DUE);
      expect(next?.status, who).toBe('DUE_SOON');
      for (const words of [next?.basis ?? '', next?.plainBasis ?? '']) {
        expect(words, who).not.toMatch(/placement|moved|move|November/i);
      }
    }
    // The parent, the young person and the new carer read the very same words.
    expect(new Set(family.map(([, n]) => JSON.stringify(n))).size).toBe(1);
  });

  it('the local authority can turn the rule off on its settings; the regular date then stands', async () => {
    const token = await people.manager.token();
    const current = await system.graphql(token, SETTINGS, {});
    const s = current.data!.localAuthoritySettings!;
    expect(s.reviewAfterPlacementChangeWorkingDays).toBe(20);
    const input = {
      expectedVersion: s.version,
      additionalReviewRestartsCycle: s.additionalReviewRestartsCycle,
      decisionsWithinWorkingDays: s.decisionsWithinWorkingDays,
      fullRecordWithinWorkingDays: s.fullRecordWithinWorkingDays,
      iroContactShown: s.iroContactShown,
      challengeStages: s.challengeStages.map(({ name, workingDays }) => ({ name, workingDays })),
    };
    const off = await system.graphql(token, SAVE_SETTINGS, {
      input: { ...input, reviewAfterPlacementChangeWorkingDays: 0 },
    });
    expect(off.errors, off.raw).toBeUndefined();
    expect(off.data?.updateLocalAuthoritySettings.history[0]?.changes).toEqual([
      'Review after a placement change: 20 working days → off',
    ]);
    expect((await nextReviewAs('iro'))?.dueBy).toBe(REGULAR_DUE);

    // Ten working days from the move: 16 November 2026.
    const ten = await system.graphql(token, SAVE_SETTINGS, {
      input: {
        ...input,
        expectedVersion: off.data!.updateLocalAuthoritySettings.version,
        reviewAfterPlacementChangeWorkingDays: 10,
      },
    });
    expect(ten.errors, ten.raw).toBeUndefined();
    expect(await nextReviewAs('iro')).toMatchObject({ dueBy: '2026-11-16', status: 'OVERDUE' });
  });

  it('a review held after the move has considered it: the regular cycle runs from that review', async () => {
    const world = new World(system, TODAY);
    await world.reviewHeld(childId, '2026-11-20', people.iro.id);
    expect((await nextReviewAs('iro'))?.dueBy).toBe('2027-05-20');
  });
});
