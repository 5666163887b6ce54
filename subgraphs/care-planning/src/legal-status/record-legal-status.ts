import { badInput } from '@lac/subgraph-kit';
import { isLegalStatusCode } from '@lac/statutory';
import { type EntityManager, IsNull } from 'typeorm';
import { inputDate, notInFuture } from '../validation';
import { LegalStatus } from './legal-status.entity';

/** A new legal status ends the previous one on the day it starts, as SSDA903 episodes do. */
export async function recordLegalStatus(
  em: EntityManager,
  input: { childId: string; code: string; startDate: string },
  today: string,
): Promise<LegalStatus> {
  const code = input.code.trim().toUpperCase();
  if (!isLegalStatusCode(code)) {
    throw badInput(
      'code',
      'UNKNOWN_CODE',
      `${input.code} is not an SSDA903 legal status code (for example C1, C2, V2)`,
    );
  }
  const start = inputDate('startDate', input.startDate);
  notInFuture('startDate', start, today);
  const repo = em.getRepository(LegalStatus);
  const open = await repo.findOneBy({ childId: input.childId, endDate: IsNull() });
  if (open) {
    if (start < open.startDate) {
      throw badInput(
        'startDate',
        'END_BEFORE_START',
        `startDate cannot be before the current legal status began (${open.startDate})`,
      );
    }
    await repo.update({ id: open.id }, { endDate: start });
  }
  return repo.save(repo.create({ childId: input.childId, code, startDate: start, endDate: null }));
}
