/**
 * A child's confidential facts: what would tell someone where the child lives or who looks after them
 * (CA 1989 Sch 2 para 15; docs/domain.md#who-sees-what). Kept in `access.confidential_facts`, written by the
 * subgraph that owns the fact in the same transaction (placements, on a placement), read by every subgraph that
 * screens free text (docs/decisions/0016-free-text-screen.md).
 */
import type { EntityManager } from 'typeorm';
import type { RecordOwner, SensitiveLabel } from '../policy';

/** Each kind of fact, the label that says who may see it, and how a message names it. */
export const FACT_KINDS = {
  placement_address: { label: 'placement_address', words: 'a placement address', removed: 'placement address' },
  placement_postcode: { label: 'placement_address', words: 'a placement postcode', removed: 'placement postcode' },
  carer_name: { label: 'carer_identity', words: 'a carer’s name', removed: 'carer’s name' },
  /** The child's school would tell a parent where to find them: withheld as the address is. No school data yet. */
  school: { label: 'placement_address', words: 'the child’s school', removed: 'school' },
} as const satisfies Record<string, { label: SensitiveLabel; words: string; removed: string }>;

export type FactKind = keyof typeof FACT_KINDS;

export interface ConfidentialFact {
  childId: string;
  kind: FactKind;
  value: string;
  /**
   * Whose household it belongs to: a carer may see their own only. Recorded as one person (the placement's first
   * carer); read as everyone the fact's source made the child's carer too (every carer of the placement's
   * household, docs/decisions/0023-households.md).
   */
  ownerPersonId: RecordOwner;
}

export const isFactKind = (kind: string): kind is FactKind => Object.hasOwn(FACT_KINDS, kind);

/** Records facts for a child; call inside the transaction that records what they come from. */
export async function recordConfidentialFacts(
  em: Pick<EntityManager, 'query'>,
  facts: readonly ConfidentialFact[],
  source: string,
): Promise<void> {
  for (const f of facts) {
    if (!f.value.trim()) continue;
    await em.query(
      `INSERT INTO access.confidential_facts (child_id, kind, value, owner_person_id, source)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (child_id, kind, value, source) DO NOTHING`,
      [f.childId, f.kind, f.value.trim(), typeof f.ownerPersonId === 'string' ? f.ownerPersonId : null, source],
    );
  }
}

/**
 * Every fact of these children, current and past: a past placement's address stays confidential (the carers
 * still live there). One statement for any number of children.
 */
export async function confidentialFactsOf(
  em: Pick<EntityManager, 'query'>,
  childIds: readonly string[],
): Promise<Map<string, ConfidentialFact[]>> {
  const byChild = new Map<string, ConfidentialFact[]>(childIds.map((id) => [id, []]));
  if (childIds.length === 0) return byChild;
  // The owners: the recorded person and everyone the same source made the child's carer (a household's carers,
  // granted with the placement); one fact per value, owned by every household it belongs to.
  const rows: Array<{ child_id: string; kind: string; value: string; owners: string[] }> = await em.query(
    `SELECT f.child_id, f.kind, f.value,
            array_remove(array_agg(DISTINCT f.owner_person_id::text)
              || coalesce(array_agg(DISTINCT r.person_id::text) FILTER (WHERE r.person_id IS NOT NULL), '{}'), NULL)
              AS owners
       FROM access.confidential_facts f
       LEFT JOIN access.relationships r ON r.source = f.source AND r.kind = 'carer' AND r.child_id = f.child_id
      WHERE f.child_id = ANY($1::uuid[])
      GROUP BY f.child_id, f.kind, f.value ORDER BY f.child_id, f.kind, f.value`,
    [[...childIds]],
  );
  for (const r of rows) {
    if (!isFactKind(r.kind)) continue;
    const owners = [...new Set(r.owners)];
    byChild.get(r.child_id)?.push({ childId: r.child_id, kind: r.kind, value: r.value, ownerPersonId: owners });
  }
  return byChild;
}

/** Who holds the carer relationship to the child today: the carers who read what a field shows "the carer". */
export async function currentCarers(
  em: Pick<EntityManager, 'query'>,
  childId: string,
  today: string,
): Promise<string[]> {
  const rows: Array<{ person_id: string }> = await em.query(
    `SELECT DISTINCT person_id FROM access.relationships
      WHERE child_id = $1 AND kind = 'carer' AND valid_from <= $2::date AND (valid_to IS NULL OR valid_to > $2::date)`,
    [childId, today],
  );
  return rows.map((r) => r.person_id);
}
