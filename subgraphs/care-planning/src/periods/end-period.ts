import { badInput } from '@lac/subgraph-kit';
import { isReasonEpisodeCeasedCode } from '@lac/statutory';
import { type EntityManager, IsNull } from 'typeorm';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { inputDate } from '../validation';
import { PeriodOfCare } from './period-of-care.entity';
import { recordPeriodOfCare } from './record-period';

/**
 * The end of the open period of care, with its SSDA903 reason. The checks of `recordPeriodOfCare` apply (not in
 * the future, not before it started, not before a review recorded in it); the legal status open at that date ends
 * with it, as SSDA903 episodes do.
 */
export async function endPeriodOfCare(
  em: EntityManager,
  input: { childId: string; endDate: string; reasonCeased: string },
  today: string,
): Promise<PeriodOfCare> {
  const reason = input.reasonCeased.trim().toUpperCase();
  if (!isReasonEpisodeCeasedCode(reason)) {
    throw badInput(
      'reasonCeased',
      'UNKNOWN_CODE',
      `${input.reasonCeased || 'Nothing'} is not an SSDA903 reason for ceasing to be looked after (for example E4A, E8)`,
    );
  }
  // X1 ends an episode, never the period: the child goes on being looked after under a new episode.
  if (reason === 'X1') {
    throw badInput(
      'reasonCeased',
      'INVALID',
      'X1 means a new episode starts the same day, so the child is still looked after: record the change of legal status instead',
    );
  }
  const end = inputDate('endDate', input.endDate);
  const open = await em.getRepository(PeriodOfCare).findOneBy({ childId: input.childId, endDate: IsNull() });
  if (!open) throw badInput('endDate', 'INVALID_STATE', 'The child has no open period of care to end');
  const ended = await recordPeriodOfCare(
    em,
    { childId: input.childId, startDate: open.startDate, endDate: end },
    today,
  );
  await em.getRepository(PeriodOfCare).update({ id: open.id }, { reasonCeased: reason });
  await em
    .createQueryBuilder()
    .update(LegalStatus)
    .set({ endDate: end })
    .where('child_id = :childId AND end_date IS NULL AND start_date <= :end', { childId: input.childId, end })
    .execute();
  return { ...ended, reasonCeased: reason };
}
