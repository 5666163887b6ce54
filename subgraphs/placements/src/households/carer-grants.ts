import { grantRelationship } from '@lac/access';
import type { EntityManager } from 'typeorm';

/** The access a placement gives; ending the placement ends every grant with this source. */
export const placementSource = (placementId: string) => `placements:placement:${placementId}`;

/**
 * The carer relationship comes from the household (docs/decisions/0023-households.md): every approved carer
 * account of the household the child is placed with is the child's carer from the day the placement starts,
 * each grant sourced from the placement so that ending it ends them all.
 */
export async function grantHouseholdCarers(
  em: EntityManager,
  placement: { id: string; childId: string; startDate: string },
  carerIds: readonly string[],
): Promise<void> {
  for (const personId of carerIds) {
    await grantRelationship(em, {
      personId,
      childId: placement.childId,
      kind: 'carer',
      from: placement.startDate,
      source: placementSource(placement.id),
    });
  }
}

/**
 * A carer account joins a household: they become the carer of every child placed there now, from `from`, under
 * the same placement sources (so the placement's end ends theirs too).
 */
export async function addHouseholdCarer(
  em: EntityManager,
  householdId: string,
  personId: string,
  from: string,
): Promise<void> {
  await em.query(`INSERT INTO placements.household_carers (household_id, person_id, approved) VALUES ($1, $2, true)`, [
    householdId,
    personId,
  ]);
  const current: Array<{ id: string; child_id: string; start_date: string }> = await em.query(
    `SELECT id, child_id, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM placements.placements
      WHERE household_id = $1 AND end_date IS NULL`,
    [householdId],
  );
  for (const p of current) {
    await grantHouseholdCarers(
      em,
      { id: p.id, childId: p.child_id, startDate: p.start_date > from ? p.start_date : from },
      [personId],
    );
  }
}
