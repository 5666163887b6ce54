import { defineCodeList } from './code-list';

export type LegalStatusCode = 'C1' | 'C2' | 'D1' | 'E1' | 'V2' | 'V3' | 'V4' | 'L1' | 'L2' | 'L3' | 'J1' | 'J2' | 'J3';

// Descriptions as summarised from PATCH (docs/domain.md#ssda903-codes); valid set from VALID rule 144.
const LEGAL_STATUS = defineCodeList<LegalStatusCode>({
  C1: 'Interim care order',
  C2: 'Full care order',
  D1: 'Freeing order granted',
  E1: 'Placement order granted',
  V2: 'Single period of accommodation under s.20',
  V3: 'Agreed series of short-term breaks, individual episodes recorded',
  V4: 'Agreed series of short-term breaks, agreements recorded (not individual episodes)',
  L1: 'Police protection and in local authority accommodation',
  L2: 'Emergency protection order',
  L3: 'Child assessment order and in local authority accommodation',
  J1: 'Remanded to local authority or youth detention accommodation',
  J2: 'Placed in local authority accommodation under PACE 1984',
  J3: 'Youth rehabilitation order with residence or intensive fostering requirement',
});

export const LEGAL_STATUS_CODES = LEGAL_STATUS.codes;
export const isLegalStatusCode = LEGAL_STATUS.is;
export const describeLegalStatus = LEGAL_STATUS.describe;
