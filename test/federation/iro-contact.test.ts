// How a family reaches the child's IRO (docs/domain.md#who-sees-what): `Child.iroContact` through the gateway. A parent
// with parental responsibility gets the IRO's name and only the work contacts the local authority chose to show
// families; someone with no relationship to the child gets no child at all, exactly as for a child that does not exist.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { LA_ID, World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
const EMAIL = 'ivy.quillow@fernvale.example';
const PHONE = '01632 960555';
let system: System;
let world: World;
let childId: string;
let parent: Awaited<ReturnType<World['person']>>;
let stranger: Awaited<ReturnType<World['person']>>;
let advocate: Awaited<ReturnType<World['person']>>;

const IRO_CONTACT = graphql(`
  query IroContactForFamily($id: ID!) {
    child(id: $id) {
      iroContact {
        name
        email
        phone
      }
      viewerCan {
        see {
          iroContact
        }
      }
    }
  }
`);

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  await world.workContact(iro.id, { email: EMAIL, phone: PHONE });
  parent = await world.person('parent', 'Pat Quillow');
  stranger = await world.person('parent', 'Sam Quillow');
  advocate = await world.person('advocate', 'Ada Quillow', null);
  childId = await world.child({ iro: iro.id, parent: parent.id, since: '2026-10-26', givenName: 'Robin' });
  await system.admin.query(
    `INSERT INTO access.relationships (person_id, child_id, kind, valid_from, source)
     VALUES ($1, $2, 'advocate', '2026-10-26', 'test:advocate')`,
    [advocate.id, childId],
  );
});

afterAll(() => system?.stop());

async function asParent() {
  const res = await system.graphql(await parent.token(), IRO_CONTACT, { id: childId });
  expect(res.errors).toBeUndefined();
  return res.data?.child;
}

describe('the IRO contact a parent is shown', () => {
  it('is the name alone until the local authority chooses a contact to show', async () => {
    const child = await asParent();
    expect(child?.viewerCan.see.iroContact).toBe(true);
    expect(child?.iroContact).toEqual({ name: 'Ivy Quillow', email: null, phone: null });
  });

  it.each([
    ['email', EMAIL, null],
    ['phone', null, PHONE],
    ['both', EMAIL, PHONE],
    ['none', null, null],
  ] as const)('follows the local authority’s setting: %s', async (shown, email, phone) => {
    await world.localAuthoritySettings(LA_ID, { iroContactShown: shown });
    expect((await asParent())?.iroContact).toEqual({ name: 'Ivy Quillow', email, phone });
  });

  it('is null for an advocate, exactly as for a child with no IRO', async () => {
    await world.localAuthoritySettings(LA_ID, { iroContactShown: 'both' });
    const res = await system.graphql(await advocate.token(), IRO_CONTACT, { id: childId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.child).toEqual({ iroContact: null, viewerCan: { see: { iroContact: false } } });

    const noIro = await world.child({ parent: parent.id, since: '2026-10-26', givenName: 'Sky' });
    const none = await system.graphql(await parent.token(), IRO_CONTACT, { id: noIro });
    expect(none.errors).toBeUndefined();
    expect(none.data?.child?.iroContact).toBeNull();
  });

  it('is no child at all for someone without a relationship, byte for byte as for an unknown child', async () => {
    await world.localAuthoritySettings(LA_ID, { iroContactShown: 'both' });
    const token = await stranger.token();
    const hidden = await system.graphql(token, IRO_CONTACT, { id: childId });
    const missing = await system.graphql(token, IRO_CONTACT, { id: '00000000-0000-4000-8000-000000000000' });
    expect(hidden.data).toEqual({ child: null });
    expect(JSON.stringify(hidden)).toBe(JSON.stringify(missing));
  });
});
