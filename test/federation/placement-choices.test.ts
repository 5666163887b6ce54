import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

// The start and change placement forms read their codes and the approved carers from Child.placementChoices. The
// carers' names are for someone who may start a placement for this child (the relationship, not the role): the
// child's carer, a parent and another child's social worker get null.

const TODAY = '2026-11-23';
let system: System;
let world: World;
let childId: string;
const people: Record<string, Awaited<ReturnType<World['person']>>> = {};

const CHOICES = graphql(`
  query PlacementChoicesAccess($id: ID!) {
    child(id: $id) {
      placementChoices {
        placementTypes {
          code
          description
        }
        providers {
          code
        }
        reasonsForChange {
          code
        }
        carers {
          id
          displayName
        }
      }
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  people.socialWorker = await world.person('social_worker');
  people.otherSocialWorker = await world.person('social_worker');
  people.parent = await world.person('parent');
  people.carer = await world.person('foster_carer', 'Cora Vantage');
  childId = await world.child({ socialWorker: people.socialWorker.id, parent: people.parent.id, since: '2026-03-02' });
  await world.child({ socialWorker: people.otherSocialWorker.id, since: '2026-03-02' });
}, 120_000);

afterAll(() => system?.stop());

describe('Child.placementChoices', () => {
  it('gives the child’s social worker the codes valid this collection year and the approved carers', async () => {
    const res = await system.graphql(await people.socialWorker.token(), CHOICES, { id: childId });
    expect(res.errors, res.raw).toBeUndefined();
    const choices = res.data!.child!.placementChoices!;
    expect(choices.placementTypes).toContainEqual({
      code: 'U6',
      description: 'Foster placement with other foster carer, neither long-term nor fostering for adoption',
    });
    expect(choices.providers.map((p) => p.code)).toEqual(['PR0', 'PR1', 'PR2', 'PR3', 'PR4', 'PR5']);
    expect(choices.reasonsForChange.map((r) => r.code)).toContain('CARPL');
    expect(choices.carers).toContainEqual({ id: people.carer.id, displayName: 'Cora Vantage' });
    expect(choices.carers.map((c) => c.id)).not.toContain(people.parent.id);
  });

  it('is null for a parent, and the child does not exist for another child’s social worker', async () => {
    const parent = await system.graphql(await people.parent.token(), CHOICES, { id: childId });
    expect(parent.data?.child?.placementChoices ?? null).toBeNull();
    const other = await system.graphql(await people.otherSocialWorker.token(), CHOICES, { id: childId });
    expect(other.data?.child ?? null).toBeNull();
  });
});
