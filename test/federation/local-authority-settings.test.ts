import type { Role } from '@lac/access';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// The IRO manager changes the local authority's settings (policy `manage_local_authority_settings`); every change
// is a new version in an append-only history saying who changed what and when.
const TODAY = '2026-11-23';
const OTHER_LA = '0b0b0b0b-0000-4000-8000-00000000000b';
let system: System;
let world: World;
let manager: Awaited<ReturnType<World['person']>>;
let parent: Awaited<ReturnType<World['person']>>;
let iro: Awaited<ReturnType<World['person']>>;
let childId: string;

const SETTINGS = graphql(`
  query SettingsTest {
    localAuthoritySettings {
      version
      additionalReviewRestartsCycle
      decisionsWithinWorkingDays
      fullRecordWithinWorkingDays
      iroContactShown
      challengeStages {
        ordinal
        name
        workingDays
      }
      history {
        version
        changedAt
        changedBy {
          id
        }
        changes
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation SettingsTestUpdate($input: LocalAuthoritySettingsInput!) {
    updateLocalAuthoritySettings(input: $input) {
      version
    }
  }
`);
const IRO_CONTACT = graphql(`
  query SettingsTestIroContact($id: ID!) {
    child(id: $id) {
      iroContact {
        email
        phone
      }
    }
  }
`);
const STAGES = graphql(`
  query SettingsTestStages {
    challengeStages {
      name
      workingDays
    }
  }
`);

const change = (over: Record<string, unknown> = {}) => ({
  expectedVersion: 0,
  additionalReviewRestartsCycle: false,
  decisionsWithinWorkingDays: 5,
  fullRecordWithinWorkingDays: 15,
  iroContactShown: 'EMAIL' as const,
  challengeStages: [
    { name: 'Team manager', workingDays: 3 },
    { name: 'Assistant director', workingDays: 10 },
  ],
  ...over,
});

async function historyRows(): Promise<number> {
  const [row] = await system.subgraphs['care-planning'].dataSource.query(
    `SELECT count(*)::int AS n FROM care_planning.local_authority_settings_history`,
  );
  return row.n;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  await world.localAuthority(OTHER_LA, 'Marshby Council');
  manager = await world.person('iro_manager', 'Mona Testmoor');
  iro = await world.person('iro', 'Ivy Testmoor');
  await world.workContact(iro.id, { email: 'ivy.testmoor@fernvale.example', phone: '01632 960111' });
  parent = await world.person('parent');
  childId = await world.child({ iro: iro.id });
  await world.parentWithResponsibility(childId, parent.id, '2026-01-05');
}, 120_000);

afterAll(() => system?.stop());

describe('the local authority’s settings', () => {
  it('shows the manager the defaults before anything is changed', async () => {
    const res = await system.graphql(await manager.token(), SETTINGS);
    expect(res.data?.localAuthoritySettings).toEqual({
      version: 0,
      additionalReviewRestartsCycle: false,
      decisionsWithinWorkingDays: 5,
      fullRecordWithinWorkingDays: 20,
      iroContactShown: 'NONE',
      challengeStages: [
        { ordinal: 1, name: 'Team manager', workingDays: 5 },
        { ordinal: 2, name: 'Head of service', workingDays: 10 },
        { ordinal: 3, name: "Director of children's services", workingDays: 10 },
      ],
      history: [],
    });
  });

  it.each(['iro', 'social_worker', 'parent', 'foster_carer', 'young_person', 'advocate', 'guardian'] as Role[])(
    'gives a %s nothing to read and "not found" to change',
    async (role) => {
      const token = await (await world.person(role)).token();
      expect((await system.graphql(token, SETTINGS)).data).toEqual({ localAuthoritySettings: null });
      const res = await system.graphql(token, UPDATE, { input: change() });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(await historyRows()).toBe(0);
    },
  );

  it('refuses a timescale later than the IRO Handbook’s with a typed error, changing nothing', async () => {
    const res = await system.graphql(await manager.token(), UPDATE, {
      input: change({ fullRecordWithinWorkingDays: 25 }),
    });
    expect(res.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'fullRecordWithinWorkingDays',
      problem: 'INVALID',
    });
    expect(await historyRows()).toBe(0);
  });

  it('applies a change from the next request and records who changed what', async () => {
    const before = await system.graphql(await parent.token(), IRO_CONTACT, { id: childId });
    expect(before.data?.child?.iroContact).toEqual({ email: null, phone: null });

    const res = await system.graphql(await manager.token(), UPDATE, { input: change() });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateLocalAuthoritySettings.version).toBe(1);

    const after = await system.graphql(await parent.token(), IRO_CONTACT, { id: childId });
    expect(after.data?.child?.iroContact).toEqual({ email: 'ivy.testmoor@fernvale.example', phone: null });
    const stages = await system.graphql(await iro.token(), STAGES);
    expect(stages.data?.challengeStages).toEqual([
      { name: 'Team manager', workingDays: 3 },
      { name: 'Assistant director', workingDays: 10 },
    ]);

    const settings = (await system.graphql(await manager.token(), SETTINGS)).data!.localAuthoritySettings!;
    expect(settings.history).toHaveLength(1);
    expect(settings.history[0]).toMatchObject({
      version: 1,
      changedBy: { id: manager.id },
      changes: [
        'Full record: 20 → 15 working days',
        'IRO contact shown to families: name only → work email',
        expect.stringMatching(/^Challenge stages: /),
      ],
    });
    expect(Number.isNaN(Date.parse(settings.history[0].changedAt))).toBe(false);
  });

  it('refuses a save from a page opened before someone else’s change, naming that change', async () => {
    const res = await system.graphql(await manager.token(), UPDATE, {
      input: change({ expectedVersion: 0, fullRecordWithinWorkingDays: 10 }),
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      changed: expect.arrayContaining(['Full record: 20 → 15 working days']),
    });
    expect(await historyRows()).toBe(1);
  });

  it('keeps the history append-only', async () => {
    await expect(
      system.subgraphs['care-planning'].dataSource.query(
        `UPDATE care_planning.local_authority_settings_history SET changes = '{}'`,
      ),
    ).rejects.toThrow(/append-only/);
  });

  it('gives another authority’s manager their own settings, not these', async () => {
    const theirs = await world.person('iro_manager', 'Marsh Manager', OTHER_LA);
    const res = await system.graphql(await theirs.token(), SETTINGS);
    expect(res.data?.localAuthoritySettings).toMatchObject({
      version: 0,
      fullRecordWithinWorkingDays: 20,
      history: [],
    });
  });
});
