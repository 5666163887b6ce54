import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../graphql/generated';
import { World } from '../support/factories';
import { type System, startSystem, withUncheckedVariables } from '../support/system';

const TODAY = '2026-11-23';
const SECRET = 'Please do not tell mum about the hospital visit';
const OTHER_SECRET = 'Only for my own IRO, about Quillow Lane';
const UNKNOWN = '5b5b5b5b-0000-4000-8000-000000000000';

let system: System;
let world: World;
type Person = Awaited<ReturnType<World['person']>>;
let iro: Person;
let otherIro: Person;
let socialWorker: Person;
let parent: Person;
let carer: Person;
let manager: Person;
let robin: Awaited<ReturnType<World['youngPerson']>>;
let sky: Awaited<ReturnType<World['youngPerson']>>;
let messageId: string;
let otherMessageId: string;

const MESSAGES = graphql(`
  query IroMessagesPrivacyMessages($id: ID!) {
    child(id: $id) {
      id
      iroMessages {
        id
        body
        replies {
          body
        }
        sharedForSafeguarding {
          reason
          by {
            displayName
          }
        }
      }
      iroMessageSummary {
        total
        unanswered
      }
    }
  }
`);
const SEND = graphql(`
  mutation IroMessagesPrivacySend($childId: ID!, $body: String!) {
    sendMessageToIro(childId: $childId, body: $body) {
      id
    }
  }
`);
const REPLY = graphql(`
  mutation IroMessagesPrivacyReply($messageId: ID!, $body: String!) {
    replyToChild(messageId: $messageId, body: $body) {
      id
    }
  }
`);
const SHARE = graphql(`
  mutation IroMessagesPrivacyShare($messageId: ID!, $reason: String!) {
    shareMessageForSafeguarding(messageId: $messageId, reason: $reason) {
      id
      sharedForSafeguarding {
        reason
      }
    }
  }
`);

const shareRows = async () =>
  (
    await system.subgraphs['care-planning'].dataSource.query(
      `SELECT count(*)::int AS n FROM care_planning.iro_message_shares`,
    )
  )[0].n as number;
const shareAudits = async () =>
  (await system.admin.query(`SELECT count(*)::int AS n FROM audit.reads WHERE what LIKE 'Safeguarding share%'`))[0]
    .n as number;

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
  iro = await world.person('iro', 'Ivo Testmoor');
  otherIro = await world.person('iro', 'Oona Testmoor');
  socialWorker = await world.person('social_worker', 'Sam Testmoor');
  parent = await world.person('parent', 'Pat Testmoor');
  carer = await world.person('foster_carer', 'Cara Testmoor');
  manager = await world.person('iro_manager', 'Mo Testmoor');
  robin = await world.youngPerson('2012-03-01', {
    iro: iro.id,
    socialWorker: socialWorker.id,
    parent: parent.id,
    givenName: 'Robin',
  });
  sky = await world.youngPerson('2011-07-09', { iro: otherIro.id, givenName: 'Sky' });
  await world.place(robin.childId, carer.id);
  const sent = await system.graphql(await robin.person.token(), SEND, { childId: robin.childId, body: SECRET });
  messageId = sent.data!.sendMessageToIro.id;
  const other = await system.graphql(await sky.person.token(), SEND, { childId: sky.childId, body: OTHER_SECRET });
  otherMessageId = other.data!.sendMessageToIro.id;
});

afterAll(() => system?.stop());

describe('a young person', () => {
  it('sees their own messages', async () => {
    const res = await system.graphql(await robin.person.token(), MESSAGES, { id: robin.childId });
    expect(res.raw).toContain(SECRET);
  });

  it('cannot see another child’s messages: identical to a child that does not exist', async () => {
    const token = await robin.person.token();
    const other = await system.graphql(token, MESSAGES, { id: sky.childId });
    const unknown = await system.graphql(token, MESSAGES, { id: UNKNOWN });
    expect(other.data).toEqual({ child: null });
    expect(other.raw).toBe(unknown.raw);
  });

  it('cannot write on another child’s channel: identical to an unknown child', async () => {
    const token = await robin.person.token();
    const other = await system.graphql(token, SEND, { childId: sky.childId, body: 'hello' });
    const unknown = await system.graphql(token, SEND, { childId: UNKNOWN, body: 'hello' });
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(other.raw).toBe(unknown.raw);
  });
});

describe('an IRO', () => {
  it('sees only their own children’s messages', async () => {
    const token = await iro.token();
    expect((await system.graphql(token, MESSAGES, { id: robin.childId })).raw).toContain(SECRET);
    const other = await system.graphql(token, MESSAGES, { id: sky.childId });
    expect(other.raw).toBe((await system.graphql(token, MESSAGES, { id: UNKNOWN })).raw);
    expect(other.raw).not.toContain(OTHER_SECRET);
  });

  it('cannot reply to or share another IRO’s child’s message: identical to an unknown message', async () => {
    const token = await iro.token();
    for (const [mutation, vars] of [
      [REPLY, { body: 'hi' }],
      [SHARE, { reason: 'worried' }],
    ] as const) {
      const other = await system.graphql(token, withUncheckedVariables(mutation), {
        ...vars,
        messageId: otherMessageId,
      });
      const unknown = await system.graphql(token, withUncheckedVariables(mutation), { ...vars, messageId: UNKNOWN });
      expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(other.raw).toBe(unknown.raw);
    }
    expect(await shareRows()).toBe(0);
  });
});

describe('before anything is shared', () => {
  it('gives the manager counts, not content', async () => {
    const res = await system.graphql(await manager.token(), MESSAGES, { id: robin.childId });
    expect(res.data?.child!.iroMessageSummary).toEqual({ total: 1, unanswered: 1 });
    expect(res.data?.child!.iroMessages).toEqual([]);
    expect(res.raw).not.toContain(SECRET);
  });

  it.each([
    ['social worker', () => socialWorker],
    ['parent', () => parent],
    ['carer', () => carer],
  ])('shows the %s nothing: no messages and no counts', async (_who, who) => {
    const res = await system.graphql(await who().token(), MESSAGES, { id: robin.childId });
    expect(res.data?.child!.iroMessages).toEqual([]);
    expect(res.data?.child!.iroMessageSummary).toBeNull();
    expect(res.raw).not.toContain(SECRET);
  });
});

describe('sharing for safeguarding', () => {
  it('is refused without a reason, and changes nothing', async () => {
    const res = await system.graphql(await iro.token(), SHARE, { messageId, reason: '   ' });
    expect(res.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'reason', problem: 'REQUIRED' });
    expect(await shareRows()).toBe(0);
    expect(await shareAudits()).toBe(0);
    const sw = await system.graphql(await socialWorker.token(), MESSAGES, { id: robin.childId });
    expect(sw.raw).not.toContain(SECRET);
  });

  it('leaves nothing behind when a step of the write fails', async () => {
    // Only the administrator may add a trigger to the audit table (the service's role may only append through audit.append_reads).
    const db = system.admin;
    // Make the audit entry, the second write, fail: the share written before it must not survive.
    await db.query(`CREATE FUNCTION audit.fail_share() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.what LIKE 'Safeguarding share%' THEN RAISE EXCEPTION 'audit unavailable'; END IF; RETURN NEW; END $$`);
    await db.query(
      `CREATE TRIGGER fail_share BEFORE INSERT ON audit.reads FOR EACH ROW EXECUTE FUNCTION audit.fail_share()`,
    );
    try {
      const res = await system.graphql(await iro.token(), SHARE, { messageId, reason: 'Risk of harm at home' });
      expect(res.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await db.query(`DROP TRIGGER fail_share ON audit.reads`);
      await db.query(`DROP FUNCTION audit.fail_share()`);
    }
    expect(await shareRows()).toBe(0);
    const sw = await system.graphql(await socialWorker.token(), MESSAGES, { id: robin.childId });
    expect(sw.raw).not.toContain(SECRET);
  });

  it('shows the message and the reason to the social worker and the manager, records who shared it, and audits it', async () => {
    const res = await system.graphql(await iro.token(), SHARE, { messageId, reason: 'Risk of harm at home' });
    expect(res.errors, res.raw).toBeUndefined();
    expect(await shareRows()).toBe(1);
    expect(await shareAudits()).toBe(1);
    const [row] = await system.subgraphs['care-planning'].dataSource.query(
      `SELECT shared_by, reason FROM care_planning.iro_message_shares`,
    );
    expect(row).toEqual({ shared_by: iro.id, reason: 'Risk of harm at home' });
    for (const who of [socialWorker, manager]) {
      const seen = await system.graphql(await who.token(), MESSAGES, { id: robin.childId });
      expect(seen.data?.child!.iroMessages).toEqual([
        {
          id: messageId,
          body: SECRET,
          replies: [],
          sharedForSafeguarding: { reason: 'Risk of harm at home', by: { displayName: 'Ivo Testmoor' } },
        },
      ]);
    }
  });

  it('still shows the parent and the carer nothing', async () => {
    for (const who of [parent, carer]) {
      const res = await system.graphql(await who.token(), MESSAGES, { id: robin.childId });
      expect(res.raw).not.toContain(SECRET);
      expect(res.raw).not.toContain('Risk of harm');
    }
  });

  it('keeps the share record append-only', async () => {
    await expect(
      system.subgraphs['care-planning'].dataSource.query(
        `UPDATE care_planning.iro_message_shares SET reason = 'changed'`,
      ),
    ).rejects.toThrow(/append-only/);
    await expect(
      system.subgraphs['care-planning'].dataSource.query(`DELETE FROM care_planning.iro_message_shares`),
    ).rejects.toThrow(/append-only/);
  });
});
