import { defineCodeList } from './code-list';

export type ReasonPlaceChangeCode =
  | 'CARPL'
  | 'CLOSE'
  | 'ALLEG'
  | 'STAND'
  | 'APPRR'
  | 'CREQB'
  | 'CREQO'
  | 'CHILD'
  | 'LAREQ'
  | 'PLACE'
  | 'CUSTOD'
  | 'OTHER';

// REASON_PLACE_CHANGE (VALID rule 1009, DOMAIN.md §9.1): required when a placement ends and another follows.
const REASON_PLACE_CHANGE = defineCodeList<ReasonPlaceChangeCode>({
  CARPL: 'Change to or implementation of the care plan',
  CLOSE: 'Resignation or closure of provision',
  ALLEG: 'Allegation (s.47)',
  STAND: 'Standards of care concern',
  APPRR: 'Approval removed',
  CREQB: "Carer requests end because of the child's behaviour",
  CREQO: 'Carer requests end for other reasons',
  CHILD: 'Child requests end',
  LAREQ: 'Responsible or area authority requests end',
  PLACE: 'Change in status of placement only',
  CUSTOD: 'Custody arrangement',
  OTHER: 'Other',
});

export const REASON_PLACE_CHANGE_CODES = REASON_PLACE_CHANGE.codes;
export const isReasonPlaceChangeCode = REASON_PLACE_CHANGE.is;
export const describeReasonPlaceChange = REASON_PLACE_CHANGE.describe;
