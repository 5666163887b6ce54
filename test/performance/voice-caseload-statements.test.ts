import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// The fields the IRO's and the manager's caseload add for the child's channel and IRO challenges cost the same
// SQL for 7 children as for 70: each is loader-batched.

const TODAY = '2026-11-23';
let system: System;
let small: () => Promise<string>;
let large: () => Promise<string>;

const CASELOAD = graphql(`
  query VoiceCaseloadStatementsCaseload {
    me {
      caseload(first: 100) {
        totalCount
        items {
          id
          openChallengeCount
          overdueChallengeResponseCount
          iroMessageSummary {
            total
            unanswered
          }
          unreadMessagesFromChild
        }
      }
    }
  }
`);

async function caseloadOf(size: number, world: World): Promise<() => Promise<string>> {
  const iro = await world.person('iro');
  const ids: string[] = [];
  for (let i = 0; i < size; i += 1) ids.push(await world.childBorn('2012-01-01', { iro: iro.id }));
  // One message and one open alert per child, written directly: the reads are what is measured.
  const db = system.subgraphs['care-planning'].dataSource;
  await db.query(
    `INSERT INTO care_planning.iro_messages (child_id, sender, author_id, body) SELECT id, 'young_person', $2, 'Hello' FROM unnest($1::uuid[]) AS id`,
    [ids, iro.id],
  );
  await db.query(
    `INSERT INTO care_planning.challenges (child_id, concern, raised_with, raised_by, opened_on, level, stage_name, level_started_on, level_working_days)
     SELECT id, 'Plan missing', 'Team manager', $2, '2026-11-02', 'alert', 'IRO alert', '2026-11-02', 10 FROM unnest($1::uuid[]) AS id`,
    [ids, iro.id],
  );
  return iro.token;
}

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  small = await caseloadOf(7, world);
  large = await caseloadOf(70, world);
}, 240_000);

afterAll(() => system?.stop());

async function measure(token: string) {
  const before = system.subgraphs['care-planning'].statements.count;
  const res = await system.graphql(token, CASELOAD);
  expect(res.errors).toBeUndefined();
  return { items: res.data!.me.caseload.items, sql: system.subgraphs['care-planning'].statements.count - before };
}

describe('challenge and message counts on the caseload', () => {
  it('cost the same SQL statements for 7 and 70 children', async () => {
    const seven = await measure(await small());
    const seventy = await measure(await large());
    expect(seven.items).toHaveLength(7);
    expect(seventy.items).toHaveLength(70);
    expect(
      seventy.items.every(
        (c) =>
          c.openChallengeCount === 1 &&
          c.overdueChallengeResponseCount === 1 &&
          c.iroMessageSummary!.total === 1 &&
          c.unreadMessagesFromChild === 1,
      ),
    ).toBe(true);
    expect(seventy.sql).toBe(seven.sql);
  });
});
