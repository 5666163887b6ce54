import { type ReasonPlaceChangeCode, isReasonPlaceChangeCode } from '@lac/statutory';
import { badInput } from '@lac/subgraph-kit';

/**
 * The SSDA903 reason a placement ended (REASON_PLACE_CHANGE, DOMAIN.md §9.1): required on a move (VALID rule 1009)
 * and on an end without a next placement, so the placement history always says why. Refused as a typed
 * BAD_USER_INPUT on `reasonForChange` (REQUIRED or UNKNOWN_CODE) before anything is written.
 */
export function checkReasonForChange(raw: string | null | undefined, missing: string): ReasonPlaceChangeCode {
  const reason = raw?.trim().toUpperCase() ?? '';
  if (!reason) throw badInput('reasonForChange', 'REQUIRED', missing);
  if (!isReasonPlaceChangeCode(reason)) {
    throw badInput('reasonForChange', 'UNKNOWN_CODE', `${raw} is not an SSDA903 reason for placement change`);
  }
  return reason;
}
