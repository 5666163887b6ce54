import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// A period of care cannot be ended before reviews already recorded in it (docs/domain.md#ending-a-period-of-care).
const TODAY = '2026-11-23';
let system: System;
let world: World;
let socialWorker: Awaited<ReturnType<World['person']>>;
let childId: string;

const END = `
  mutation EndPeriod($input: PeriodOfCareInput!) {
    recordPeriodOfCare(input: $input) { startDate endDate }
  }
`;

async function endDate(): Promise<string | null> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT end_date::text AS end FROM care_planning.periods_of_care WHERE child_id = $1`,
    [childId],
  );
  return row.end;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro');
  socialWorker = await world.person('social_worker');
  childId = await world.child({ iro: iro.id, socialWorker: socialWorker.id, since: '2026-01-05' });
  await world.reviewHeld(childId, '2026-01-30', iro.id);
  await world.reviewHeld(childId, '2026-04-24', iro.id);
}, 120_000);

afterAll(() => system?.stop());

describe('ending a period of care', () => {
  it('refuses an end before the latest review recorded in it, naming that review, and changes nothing', async () => {
    const res = await system.rawGraphql(await socialWorker.token(), END, {
      input: { childId, startDate: '2026-01-05', endDate: '2026-03-01' },
    });
    expect(res.errors?.[0]?.extensions, res.raw).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'endDate',
      problem: 'BEFORE_RECORDED_REVIEW',
    });
    expect(res.errors?.[0]?.message).toMatch(/latest was held on 2026-04-24/);
    expect(await endDate()).toBeNull();
  });

  it('accepts an end on the day of the latest review', async () => {
    const res = await system.rawGraphql<{ recordPeriodOfCare: { endDate: string } }>(await socialWorker.token(), END, {
      input: { childId, startDate: '2026-01-05', endDate: '2026-04-24' },
    });
    expect(res.errors, res.raw).toBeUndefined();
    expect(res.data?.recordPeriodOfCare.endDate).toBe('2026-04-24');
    expect(await endDate()).toBe('2026-04-24');
  });
});
