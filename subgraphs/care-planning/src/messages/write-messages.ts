import { badInput } from '@lac/subgraph-kit';
import { type EntityManager, IsNull } from 'typeorm';
import { Allocation } from '../allocations/allocation.entity';
import type { Child } from '../children/child.entity';
import { channelState } from './channel';
import { IroChannelOpening, IroMessage, IroMessageShare, MessageSender } from './iro-message.entity';

/** The young person's message; refused, kindly, while the channel is closed or there is no IRO to read it. */
export async function sendMessageToIro(
  em: EntityManager,
  input: { child: Child; authorId: string; body: string },
  today: string,
): Promise<IroMessage> {
  const opening = await em.getRepository(IroChannelOpening).findOneBy({ childId: input.child.id });
  if (!channelState(input.child.dateOfBirth, today, opening).open) {
    throw badInput(
      'body',
      'INVALID_FOR_AGE',
      'You can message your IRO from your 12th birthday. Your IRO can turn messages on sooner: you could ask them, or your social worker, at your next review.',
    );
  }
  const iro = await em.getRepository(Allocation).findOneBy({ childId: input.child.id, role: 'iro', endDate: IsNull() });
  if (!iro) {
    throw badInput(
      'body',
      'INVALID_STATE',
      'You do not have an IRO right now, so there is no one to send this to yet. Your social worker can help.',
    );
  }
  return insertMessage(em, {
    childId: input.child.id,
    sender: MessageSender.YOUNG_PERSON,
    authorId: input.authorId,
    body: input.body,
    replyTo: null,
  });
}

/** "You said, we did": the IRO answers one of the young person's messages. */
export async function replyToChild(
  em: EntityManager,
  input: { message: IroMessage; authorId: string; body: string },
): Promise<IroMessage> {
  if (input.message.sender !== MessageSender.YOUNG_PERSON) {
    throw badInput('messageId', 'INVALID_STATE', 'Reply to the young person’s message, not to a reply');
  }
  return insertMessage(em, {
    childId: input.message.childId,
    sender: MessageSender.IRO,
    authorId: input.authorId,
    body: input.body,
    replyTo: input.message.id,
  });
}

/** For a child under 12: the IRO opens the channel; who and when are kept. Opening it twice changes nothing. */
export async function enableIroChannel(
  em: EntityManager,
  input: { childId: string; openedBy: string },
  today: string,
): Promise<void> {
  await em.query(
    `INSERT INTO care_planning.iro_channel_openings (child_id, opened_by, opened_on) VALUES ($1, $2, $3) ON CONFLICT (child_id) DO NOTHING`,
    [input.childId, input.openedBy, today],
  );
}

/**
 * Sharing a message for safeguarding: the share (who, when, why) and the audit entry land together or not at
 * all. Both tables are append-only.
 */
export async function shareForSafeguarding(
  em: EntityManager,
  input: { message: IroMessage; sharedBy: string; reason: string; requestId: string },
): Promise<IroMessageShare> {
  if (input.message.sender !== MessageSender.YOUNG_PERSON) {
    throw badInput('messageId', 'INVALID_STATE', 'Share the young person’s message itself, not a reply');
  }
  const repo = em.getRepository(IroMessageShare);
  if (await repo.existsBy({ messageId: input.message.id })) {
    throw badInput('messageId', 'INVALID_STATE', 'This message has already been shared for safeguarding');
  }
  const share = await repo.save(
    repo.create({
      messageId: input.message.id,
      childId: input.message.childId,
      reason: input.reason,
      sharedBy: input.sharedBy,
    }),
  );
  // Through the audit's append function, the services' one way into the chain (docs/security.md, "Audit").
  await em.query(`SELECT audit.append_reads($1, $2::jsonb, 'shareMessageForSafeguarding', 'care-planning', $3)`, [
    input.sharedBy,
    JSON.stringify([
      {
        child_id: input.message.childId,
        relationship: 'iro',
        what: `Safeguarding share of IroMessage ${input.message.id} (share ${share.id}): disclosed to the social worker and the IRO manager`,
      },
    ]),
    input.requestId,
  ]);
  return share;
}

/** The row as stored, with the time the database gave it. */
async function insertMessage(
  em: EntityManager,
  row: Omit<IroMessage, 'id' | 'sentAtTime' | 'sentAt'>,
): Promise<IroMessage> {
  const repo = em.getRepository(IroMessage);
  const saved = await repo.save(repo.create(row));
  return repo.findOneByOrFail({ id: saved.id });
}
