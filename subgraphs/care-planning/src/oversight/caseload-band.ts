/** IRO Handbook guidance: 50 to 70 children per full-time IRO (docs/domain.md#caseload-guidance). */
export const CASELOAD_GUIDANCE = { min: 50, max: 70 } as const;

export type CaseloadBand = 'below' | 'within' | 'above';

export function caseloadBand(children: number): CaseloadBand {
  if (children > CASELOAD_GUIDANCE.max) return 'above';
  if (children < CASELOAD_GUIDANCE.min) return 'below';
  return 'within';
}
