import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
let iro: Awaited<ReturnType<World['person']>>;
let manager: Awaited<ReturnType<World['person']>>;
let teen: Awaited<ReturnType<World['youngPerson']>>;
let younger: Awaited<ReturnType<World['youngPerson']>>;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivy Quillow');
  manager = await world.person('iro_manager');
  // 13 today; and 11, whose 12th birthday is tomorrow.
  teen = await world.youngPerson('2013-05-02', { iro: iro.id, givenName: 'Robin' });
  younger = await world.youngPerson('2014-11-24', { iro: iro.id, givenName: 'Sky' });
});

afterAll(() => system?.stop());

const SEND = graphql(`
  mutation IroMessagesSend($childId: ID!, $body: String!) {
    sendMessageToIro(childId: $childId, body: $body) {
      id
      sender
      body
      sentAt
      replyTo
    }
  }
`);
const REPLY = graphql(`
  mutation IroMessagesReply($messageId: ID!, $body: String!) {
    replyToChild(messageId: $messageId, body: $body) {
      id
      sender
      body
      replyTo
    }
  }
`);
const ENABLE = graphql(`
  mutation IroMessagesEnable($childId: ID!) {
    enableIroChannel(childId: $childId) {
      id
      iroChannel {
        open
        reason
      }
    }
  }
`);
const PAGE = graphql(`
  query IroMessagesPage($id: ID!) {
    child(id: $id) {
      iro {
        displayName
      }
      iroChannel {
        open
        reason
      }
      iroMessageSummary {
        total
        unanswered
      }
      iroMessages {
        id
        sender
        body
        sentAt
        replies {
          sender
          body
          replyTo
        }
        sharedForSafeguarding {
          reason
        }
      }
    }
  }
`);

const messageCount = async (childId: string) =>
  (
    await system.subgraphs['care-planning'].dataSource.query(
      `SELECT count(*)::int AS n FROM care_planning.iro_messages WHERE child_id = $1`,
      [childId],
    )
  )[0].n;

describe('a young person of 12 or over', () => {
  it('sees who their IRO is and that messages are open', async () => {
    const res = await system.graphql(await teen.person.token(), PAGE, { id: teen.childId });
    expect(res.errors).toBeUndefined();
    expect(res.data?.child?.iro).toEqual({ displayName: 'Ivy Quillow' });
    expect(res.data?.child?.iroChannel).toEqual({ open: true, reason: expect.stringMatching(/12 or over/) });
    // Counts are for the IRO and the manager, not the young person.
    expect(res.data?.child?.iroMessageSummary).toBeNull();
  });

  it('sends a message, sees the IRO’s reply, and the IRO sees both', async () => {
    const sent = await system.graphql(await teen.person.token(), SEND, {
      childId: teen.childId,
      body: '  Can I see my brother more often?  ',
    });
    expect(sent.errors, sent.raw).toBeUndefined();
    expect(sent.data?.sendMessageToIro).toMatchObject({
      sender: 'YOUNG_PERSON',
      body: 'Can I see my brother more often?',
      replyTo: null,
    });

    const iroView = await system.graphql(await iro.token(), PAGE, { id: teen.childId });
    expect(iroView.data?.child?.iroMessages.map((m) => m.body)).toEqual(['Can I see my brother more often?']);
    expect(iroView.data?.child?.iroMessageSummary).toEqual({ total: 1, unanswered: 1 });

    const reply = await system.graphql(await iro.token(), REPLY, {
      messageId: sent.data!.sendMessageToIro.id,
      body: 'I asked for contact with your brother every fortnight; it starts on 5 December.',
    });
    expect(reply.errors, reply.raw).toBeUndefined();
    expect(reply.data?.replyToChild).toMatchObject({ sender: 'IRO', replyTo: sent.data!.sendMessageToIro.id });

    const mine = await system.graphql(await teen.person.token(), PAGE, { id: teen.childId });
    expect(mine.data?.child?.iroMessages[0]?.replies).toEqual([
      {
        sender: 'IRO',
        body: 'I asked for contact with your brother every fortnight; it starts on 5 December.',
        replyTo: sent.data!.sendMessageToIro.id,
      },
    ]);
    const counts = await system.graphql(await iro.token(), PAGE, { id: teen.childId });
    expect(counts.data?.child?.iroMessageSummary).toEqual({ total: 1, unanswered: 0 });
  });

  it.each([
    ['an empty message', '   ', 'REQUIRED'],
    ['a message over 4000 characters', 'x'.repeat(4001), 'TOO_LONG'],
  ])('is told what to fix for %s, and nothing is sent', async (_label, body, problem) => {
    const before = await messageCount(teen.childId);
    const res = await system.graphql(await teen.person.token(), SEND, { childId: teen.childId, body });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body', problem });
    expect(await messageCount(teen.childId)).toBe(before);
  });

  it('cannot be replied to by themself: a reply is the IRO’s', async () => {
    const [message] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT id FROM care_planning.iro_messages WHERE child_id = $1 LIMIT 1`,
      [teen.childId],
    );
    const res = await system.graphql(await teen.person.token(), REPLY, { messageId: message.id, body: 'hello' });
    expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a child under 12', () => {
  it('is kindly told messages are not open yet, and nothing is sent', async () => {
    const page = await system.graphql(await younger.person.token(), PAGE, { id: younger.childId });
    expect(page.data?.child?.iroChannel).toEqual({ open: false, reason: expect.stringMatching(/open at 12/) });
    const res = await system.graphql(await younger.person.token(), SEND, { childId: younger.childId, body: 'Hello' });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'body', problem: 'INVALID_FOR_AGE' });
    expect(res.errors?.[0]?.message).toMatch(/12th birthday.*IRO can turn messages on/);
    expect(await messageCount(younger.childId)).toBe(0);
  });

  it('can message once their IRO opens the channel, which records who and when', async () => {
    const enabled = await system.graphql(await iro.token(), ENABLE, { childId: younger.childId });
    expect(enabled.errors, enabled.raw).toBeUndefined();
    expect(enabled.data?.enableIroChannel.iroChannel).toEqual({ open: true, reason: expect.stringContaining(TODAY) });
    const [row] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT opened_by FROM care_planning.iro_channel_openings WHERE child_id = $1`,
      [younger.childId],
    );
    expect(row.opened_by).toBe(iro.id);
    const res = await system.graphql(await younger.person.token(), SEND, { childId: younger.childId, body: 'Hello' });
    expect(res.errors, res.raw).toBeUndefined();
  });

  it('cannot open the channel themself, nor can the manager', async () => {
    for (const token of [await younger.person.token(), await manager.token()]) {
      const res = await system.graphql(token, ENABLE, { childId: younger.childId });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });
});

describe('the IRO manager', () => {
  it('sees how many messages wait for a reply, never what they say', async () => {
    const res = await system.graphql(await manager.token(), PAGE, { id: teen.childId });
    expect(res.data?.child?.iroMessageSummary).toEqual({ total: 1, unanswered: 0 });
    expect(res.data?.child?.iroMessages).toEqual([]);
    expect(res.data?.child?.iroChannel).toBeNull();
    expect(res.raw).not.toContain('brother');
  });
});

describe('a new IRO', () => {
  it('sees the child’s earlier messages; the previous IRO no longer does', async () => {
    const next = await world.person('iro', 'Ned Testmoor');
    await world.reallocateIro(teen.childId, next.id, TODAY);
    const theirs = await system.graphql(await next.token(), PAGE, { id: teen.childId });
    expect(theirs.data?.child?.iroMessages.map((m) => m.body)).toEqual(['Can I see my brother more often?']);
    const old = await system.graphql(await iro.token(), PAGE, { id: teen.childId });
    expect(old.data).toEqual({ child: null });
    const mine = await system.graphql(await teen.person.token(), PAGE, { id: teen.childId });
    expect(mine.data?.child?.iro).toEqual({ displayName: 'Ned Testmoor' });
  });
});
