import { ApprovalType } from './approval-type.enum';

/**
 * Which SSDA903 placement types (DOMAIN.md §9.1) each kind of household may receive. Foster placements with a
 * relative or friend (U1-U3) go to connected-person carers, with other foster carers (U4-U6) to approved foster
 * carers, and placement for adoption with the current foster carers (A3, A5) to either; children's homes take K1
 * and K2; supported accommodation K3 and its predecessor H5.
 */
const FITS: Record<ApprovalType, readonly string[]> = {
  [ApprovalType.FOSTER_CARER]: ['U4', 'U5', 'U6', 'A3', 'A5'],
  [ApprovalType.CONNECTED_PERSON]: ['U1', 'U2', 'U3', 'A3', 'A5'],
  [ApprovalType.CHILDRENS_HOME]: ['K1', 'K2'],
  [ApprovalType.SUPPORTED_ACCOMMODATION]: ['K3', 'H5'],
};

const WORDS: Record<ApprovalType, string> = {
  [ApprovalType.FOSTER_CARER]: 'an approved foster carer household',
  [ApprovalType.CONNECTED_PERSON]: 'a connected person household',
  [ApprovalType.CHILDRENS_HOME]: 'a children’s home',
  [ApprovalType.SUPPORTED_ACCOMMODATION]: 'a supported accommodation',
};

/** Temporary moves (T0-T4) and the new Z codes (DOMAIN.md §9.1) may be with any household. */
const ANY_HOUSEHOLD = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

/** Why a household approved as `approval` cannot receive a placement of this type, or null when it can. */
export function approvalMismatch(approval: ApprovalType, placementType: string): string | null {
  if (ANY_HOUSEHOLD.has(placementType) || FITS[approval].includes(placementType)) return null;
  const fitting = Object.values(ApprovalType).filter((a) => FITS[a].includes(placementType));
  if (fitting.length === 0) return `A ${placementType} placement is not a placement with a carers’ household`;
  return (
    `${placementType} needs ${fitting.map((a) => WORDS[a]).join(' or ')}; ` +
    `this household is ${WORDS[approval]} (${FITS[approval].join(', ')})`
  );
}

/** What a household must be approved as for this placement type: the first that fits, foster carers otherwise. */
export function approvalFor(placementType: string): ApprovalType {
  return Object.values(ApprovalType).find((a) => FITS[a].includes(placementType)) ?? ApprovalType.FOSTER_CARER;
}
