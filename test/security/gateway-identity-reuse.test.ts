import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// The gateway signs each caller's identity once per subgraph and set of claims and hands it out again for a short
// while (gateway/src/graph/internal-tokens.ts) instead of once per subgraph fetch. Decision 0014: a reuse that is
// not keyed on everything the identity says is a disclosure. Two IROs asking at the same moment must reach both
// care-planning (their caseload) and placements (each child's placement, given only for a child in the token) as
// themselves; and a relationship that changes between two requests must reach the subgraphs on the next one.
const TODAY = '2026-11-23';
const ROUNDS = 40;

let system: System;
let world: World;
const iros = new Map<string, { id: string; token: string; children: string[] }>();

const CASELOAD = graphql(`
  query GatewayIdentityReuseCaseload {
    me {
      caseload(first: 50, offset: 0) {
        items {
          id
          currentPlacement {
            id
          }
        }
      }
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const carer = await world.person('foster_carer');
  for (const name of ['Ines Reusevale', 'Iolo Reusevale']) {
    const iro = await world.person('iro', name);
    const children = [await world.child({ iro: iro.id }), await world.child({ iro: iro.id })];
    for (const childId of children) await world.place(childId, carer.id);
    iros.set(name, { id: iro.id, token: await iro.token(), children });
  }
});

afterAll(() => system?.stop());

async function caseloadOf(token: string) {
  const res = await system.graphql(token, CASELOAD, {});
  expect(res.errors).toBeUndefined();
  return (res.data?.me?.caseload.items ?? [])
    .map((c) => ({ id: c.id, placed: c.currentPlacement !== null }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

const placedChildren = (ids: string[]) => [...ids].sort().map((id) => ({ id, placed: true }));

describe('the identity the gateway hands each subgraph, signed once and handed out again', () => {
  it('two IROs asking at the same moment each reach every subgraph as themselves', async () => {
    const callers = [...iros.values()];
    const answers = await Promise.all(
      Array.from({ length: ROUNDS }, async (_, i) => {
        const caller = callers[i % callers.length];
        return { expected: placedChildren(caller.children), got: await caseloadOf(caller.token) };
      }),
    );
    const crossed = answers.filter((a) => JSON.stringify(a.got) !== JSON.stringify(a.expected));
    expect(crossed).toEqual([]);
  });

  it('a child moved to another IRO is theirs at every subgraph on the very next request, and no longer the first', async () => {
    const from = iros.get('Ines Reusevale')!;
    const to = iros.get('Iolo Reusevale')!;
    // both callers' identities were just signed and are within their reuse window
    expect(await caseloadOf(from.token)).toEqual(placedChildren(from.children));
    expect(await caseloadOf(to.token)).toEqual(placedChildren(to.children));

    const moved = from.children[0];
    await world.reallocateIro(moved, to.id, TODAY);

    expect(await caseloadOf(to.token)).toEqual(placedChildren([...to.children, moved]));
    expect(await caseloadOf(from.token)).toEqual(placedChildren(from.children.slice(1)));
  });
});
