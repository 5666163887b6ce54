import type { EntityManager } from 'typeorm';
import { allocate } from '../allocations/allocate';
import { recordLegalStatus } from '../legal-status/record-legal-status';
import { recordPeriodOfCare } from '../periods/record-period';
import { type NewChildInput, validateNewChild } from './new-child';
import { registerChild } from './register-child';

/**
 * A child coming into care, as one fact: the child, their allocated social worker (the one registering them), the
 * period of care and its first legal status, all from the day care started. The IRO is allocated afterwards by the
 * manager (policy `allocate_iro`). Run in one transaction: bad input anywhere leaves nothing behind.
 */
export async function registerChildInCare(
  em: EntityManager,
  input: NewChildInput,
  by: { localAuthorityId: string; socialWorkerId: string },
  today: string,
): Promise<string> {
  const valid = validateNewChild(input, today);
  const child = await registerChild(
    em,
    {
      localAuthorityId: by.localAuthorityId,
      givenName: valid.givenName,
      familyName: valid.familyName,
      dateOfBirth: valid.dateOfBirth,
      sex: valid.sex,
      ethnicity: valid.ethnicity,
      upn: valid.upn,
    },
    today,
  );
  await allocate(em, {
    childId: child.id,
    role: 'social_worker',
    personId: by.socialWorkerId,
    from: valid.lookedAfterFrom,
  });
  await recordPeriodOfCare(em, { childId: child.id, startDate: valid.lookedAfterFrom }, today);
  await recordLegalStatus(em, { childId: child.id, code: valid.legalStatus, startDate: valid.lookedAfterFrom }, today);
  return child.id;
}
