import type { DemoAuthority } from '@lac/testing';
import { addDays, parseIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { raiseChallenge } from '../challenges/write-challenges';
import { IroMessage, MessageSender } from '../messages/iro-message.entity';

/**
 * Demo data for the young person's channel to their IRO and for IRO challenges: the demo young person has written
 * to their IRO and had a reply, and their case has an IRO alert whose response is overdue. Fictional throughout.
 */
export async function seedVoice(em: EntityManager, authority: DemoAuthority): Promise<void> {
  const self = authority.children.find((c) => c.personId !== null);
  const iro = self?.allocations.find((a) => a.role === 'iro');
  if (!self || !self.personId || !iro) return;
  const messages = em.getRepository(IroMessage);
  const asked = await messages.save(
    messages.create({
      childId: self.id,
      sender: MessageSender.YOUNG_PERSON,
      authorId: self.personId,
      body: 'Can I join the swimming club at Brackenford on Thursdays? My carer said to ask you.',
      replyTo: null,
    }),
  );
  await messages.save(
    messages.create({
      childId: self.id,
      sender: MessageSender.IRO,
      authorId: iro.personId,
      body: 'I asked your social worker to agree it with your carer, and they have: you start next Thursday.',
      replyTo: asked.id,
    }),
  );
  await messages.save(
    messages.create({
      childId: self.id,
      sender: MessageSender.YOUNG_PERSON,
      authorId: self.personId,
      body: 'I would like to see my nan more often.',
      replyTo: null,
    }),
  );
  await raiseChallenge(em, {
    childId: self.id,
    localAuthorityId: authority.localAuthority.id,
    concern: 'The personal education plan has not been updated since the change of school',
    raisedWith: 'Team manager, children in care team',
    level: 'alert',
    stageOrdinal: null,
    openedOn: addDays(parseIsoDate(authority.today), -21),
    raisedBy: iro.personId,
  });
}
