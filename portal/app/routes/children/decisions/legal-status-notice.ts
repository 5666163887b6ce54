// Decision 0015: every version of the matrix keeps the legal status it was checked against (placements); the child's
// legal status is recorded in care-planning. When they differ, the rules the matrix was checked under (DOMAIN.md §4:
// s.20 needs the parents' agreement, a care order fixes some decisions in law) may no longer be the ones that apply,
// so the professionals are told to review it. Both codes come from the graph; this only puts them side by side.

interface Status {
  code: string;
  description: string;
}

const SHORT: Record<string, string> = {
  V2: 'section 20',
  V3: 'section 20 (short breaks)',
  V4: 'section 20 (short breaks)',
  C1: 'an interim care order',
  C2: 'a care order',
  D1: 'a freeing order',
  E1: 'a placement order',
};

const words = (s: Status) => SHORT[s.code] ?? `${s.code} (${s.description})`;
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * "Checked under section 20; Robin is now under a care order — review the matrix", or null when the matrix was
 * checked under the status recorded now, or when none is recorded (the page asks for one elsewhere).
 */
export function legalStatusNotice(checkedUnder: Status, current: Status | null, givenName: string): string | null {
  if (!current || current.code === checkedUnder.code) return null;
  return `${capitalised(`checked under ${words(checkedUnder)}`)}; ${givenName} is now under ${words(current)} — review the matrix.`;
}
