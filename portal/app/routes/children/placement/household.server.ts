// The household the child lives with, as the placement page shows it (docs/decisions/0023-households.md). The
// graph gives it only to whoever may see who the carers are (`carer_identity`): never a birth parent.

export interface HouseholdFacts {
  name: string;
  approvalTypeDescription: string;
  provider: { name: string; kind: 'LOCAL_AUTHORITY' | 'AGENCY' };
  carers: Array<{ displayName: string }>;
}

const PROVIDER_KIND_WORDS = {
  LOCAL_AUTHORITY: 'the local authority’s own',
  AGENCY: 'an agency',
} as const;

/** "Ada and Ben", "Ada, Ben and Cy". */
function names(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Summary-list rows for the household: who the child lives with, what they are approved as, who provides them. */
export function householdRows(h: HouseholdFacts | null): Array<{ key: string; value: string }> {
  if (!h) return [];
  return [
    { key: 'Lives with', value: h.name },
    { key: 'Approved as', value: h.approvalTypeDescription },
    { key: 'Household provided by', value: `${h.provider.name} (${PROVIDER_KIND_WORDS[h.provider.kind]})` },
    ...(h.carers.length > 0
      ? [{ key: h.carers.length === 1 ? 'Carer' : 'Carers', value: names(h.carers.map((c) => c.displayName)) }]
      : []),
  ];
}
