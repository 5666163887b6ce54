import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// Decision 0014: nothing between the portal and a subgraph may share an answer across callers. A gateway that
// deduplicates in-flight requests by operation and variables alone (before the caller's identity is attached)
// hands one IRO another IRO's caseload under load. Two IROs asking the same query at the same moment must each
// get their own children, every time.
const TODAY = '2026-11-23';
const ROUNDS = 60;

let system: System;
const caseloads = new Map<string, { token: string; children: string[] }>();

const CASELOAD = graphql(`
  query ConcurrentCallersCaseload {
    me {
      caseload(first: 50, offset: 0) {
        items {
          id
        }
      }
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  const world = new World(system, TODAY);
  await world.localAuthority();
  for (const name of ['Ines Testvale', 'Iolo Testvale']) {
    const iro = await world.person('iro', name);
    const children = [await world.child({ iro: iro.id }), await world.child({ iro: iro.id })];
    caseloads.set(name, { token: await iro.token(), children: children.sort() });
  }
});

afterAll(() => system?.stop());

describe('two callers asking the same query at the same time', () => {
  it('each receive only their own caseload', async () => {
    const callers = [...caseloads.values()];
    const requests = Array.from({ length: ROUNDS }, (_, i) => callers[i % callers.length]);
    const answers = await Promise.all(
      requests.map(async (caller) => {
        const res = await system.graphql(caller.token, CASELOAD, {});
        return { expected: caller.children, got: (res.data?.me?.caseload.items ?? []).map((c) => c.id).sort() };
      }),
    );
    const crossed = answers.filter((a) => JSON.stringify(a.got) !== JSON.stringify(a.expected));
    expect(crossed).toEqual([]);
  });
});
