// The IRO's read marker on the child's messages and the caseload's unread count it yields
// (docs/domain.md#the-childs-channel): only the allocated IRO's own marker counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;
let socialWorker: Awaited<ReturnType<World['person']>>;
let teen: Awaited<ReturnType<World['youngPerson']>>;
let quiet: string;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivy Readmoor');
  manager = await world.person('iro_manager');
  socialWorker = await world.person('social_worker');
  teen = await world.youngPerson('2013-05-02', { iro: iro.id, socialWorker: socialWorker.id, givenName: 'Robin' });
  // No messages at all: what a caller without the label must not be able to tell from.
  quiet = await world.childBorn('2013-05-02', { iro: iro.id, socialWorker: socialWorker.id });
}, 120_000);

afterAll(() => system?.stop());

const SEND = graphql(`
  mutation IroMessageReadsSend($childId: ID!, $body: String!) {
    sendMessageToIro(childId: $childId, body: $body) {
      id
    }
  }
`);
const MARK = graphql(`
  mutation IroMessageReadsMark($messageId: ID!) {
    markIroMessagesRead(messageId: $messageId) {
      id
      unreadMessagesFromChild
    }
  }
`);
const COUNT = graphql(`
  query IroMessageReadsCount($id: ID!) {
    child(id: $id) {
      unreadMessagesFromChild
    }
  }
`);
const CASELOAD = graphql(`
  query IroMessageReadsCaseload {
    me {
      caseload(first: 100) {
        items {
          id
          unreadMessagesFromChild
        }
      }
    }
  }
`);

const send = async (body: string) => {
  const res = await system.graphql(await teen.person.token(), SEND, { childId: teen.childId, body });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data!.sendMessageToIro.id;
};
const unread = async (token: string, id = teen.childId) => {
  const res = await system.graphql(token, COUNT, { id });
  expect(res.errors, res.raw).toBeUndefined();
  return res.data?.child?.unreadMessagesFromChild;
};
const mark = async (token: string, messageId: string) => system.graphql(token, MARK, { messageId });

describe('the unread count on the IRO’s caseload', () => {
  let first: string;
  let second: string;

  it('counts the young person’s messages the IRO has not opened', async () => {
    first = await send('Can I see my brother more often?');
    second = await send('And can I go on the school trip?');
    expect(await unread(await iro.token())).toBe(2);
    expect(await unread(await manager.token())).toBe(2);
    const caseload = await system.graphql(await iro.token(), CASELOAD);
    expect(caseload.errors, caseload.raw).toBeUndefined();
    expect(caseload.data?.me.caseload.items).toEqual(
      expect.arrayContaining([
        { id: teen.childId, unreadMessagesFromChild: 2 },
        { id: quiet, unreadMessagesFromChild: 0 },
      ]),
    );
  });

  it('drops when the IRO opens the messages, up to the newest message they were shown', async () => {
    const upToFirst = await mark(await iro.token(), first);
    expect(upToFirst.errors, upToFirst.raw).toBeUndefined();
    expect(upToFirst.data?.markIroMessagesRead.unreadMessagesFromChild).toBe(1);
    const upToSecond = await mark(await iro.token(), second);
    expect(upToSecond.data?.markIroMessagesRead.unreadMessagesFromChild).toBe(0);
    expect(await unread(await iro.token())).toBe(0);
    // The manager reads the IRO's count, not their own.
    expect(await unread(await manager.token())).toBe(0);
  });

  it('never moves back: an older page opened late leaves newer messages read', async () => {
    const res = await mark(await iro.token(), first);
    expect(res.errors, res.raw).toBeUndefined();
    expect(await unread(await iro.token())).toBe(0);
  });

  it('rises again with a new message from the child', async () => {
    await send('Thank you');
    expect(await unread(await iro.token())).toBe(1);
  });

  it('is not changed by anyone else opening the messages: for them the message is "not found"', async () => {
    const latest = await send('One more thing');
    expect(await unread(await iro.token())).toBe(2);
    for (const who of [manager, socialWorker, teen.person]) {
      const res = await mark(await who.token(), latest);
      expect(res.data).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
    const unknown = await mark(await iro.token(), '00000000-0000-4000-8000-000000000000');
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toBe((await mark(await manager.token(), latest)).errors?.[0]?.message);
    expect(await unread(await iro.token())).toBe(2);
  });

  it('counts only the allocated IRO’s own marker, not another reader’s', async () => {
    // A marker some other reader holds (a former IRO, say) reads nothing for the current IRO.
    await system.subgraphs['care-planning'].dataSource.query(
      `INSERT INTO care_planning.iro_message_reads (child_id, reader_id, read_up_to) VALUES ($1, $2, now() + interval '1 day')`,
      [teen.childId, manager.id],
    );
    expect(await unread(await iro.token())).toBe(2);
  });

  it('is 0 for the social worker and the young person, exactly as for a child with no messages', async () => {
    for (const token of [await socialWorker.token()]) {
      const hidden = await system.graphql(token, COUNT, { id: teen.childId });
      const none = await system.graphql(token, COUNT, { id: quiet });
      expect(JSON.stringify(hidden.data)).toBe(JSON.stringify(none.data));
      expect(hidden.data?.child?.unreadMessagesFromChild).toBe(0);
    }
    expect(await unread(await teen.person.token())).toBe(0);
  });
});
