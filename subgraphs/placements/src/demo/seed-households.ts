import type { DemoAuthority } from '@lac/testing';
import type { EntityManager } from 'typeorm';
import { ApprovalType, ProviderKind } from '../households/approval-type.enum';
import { addHouseholdCarer } from '../households/carer-grants';
import { createHousehold } from '../households/create-household';

/** The demo's one agency: an independent fostering agency (PR4, private provision; DOMAIN.md §9.1). */
export const DEMO_AGENCY = { name: 'Brightwater Family Placements', kind: ProviderKind.AGENCY, providerCode: 'PR4' };

/**
 * Before the demo placements: the first foster household after the demo carer's whose children are all placed with
 * other foster carers (U4-U6) is an agency's, so the demo has an agency household. Returns its carer and household
 * ids; every other carer gets a household of the local authority's own when their first child is placed.
 */
export async function seedAgencyHousehold(
  em: EntityManager,
  authority: DemoAuthority,
): Promise<{ carerPersonId: string; householdId: string } | null> {
  const demoCarer = authority.accounts.find((a) => a.username === 'foster-carer')?.personId;
  const byCarer = new Map<string, string[]>();
  for (const c of authority.children) {
    const carer = c.placement.carerPersonId;
    if (carer && carer !== demoCarer) byCarer.set(carer, [...(byCarer.get(carer) ?? []), c.placement.placementType]);
  }
  const chosen = [...byCarer].find(([, types]) => types.every((t) => ['U4', 'U5', 'U6'].includes(t)));
  if (!chosen) return null;
  const name = authority.people.find((p) => p.id === chosen[0])?.displayName ?? 'Agency carer';
  const householdId = await createHousehold(
    em,
    {
      name: `${name} household`,
      reference: 'BFP-0417',
      approvalType: ApprovalType.FOSTER_CARER,
      provider: DEMO_AGENCY,
      carerPersonIds: [chosen[0]],
    },
    authority.today,
  );
  return { carerPersonId: chosen[0], householdId };
}

/**
 * After the demo placements: the demo carer's household gets its second carer account (`foster-carer-2`), who is
 * the carer of the household's children from the day each was placed.
 */
export async function seedSecondCarer(em: EntityManager, authority: DemoAuthority): Promise<void> {
  const first = authority.accounts.find((a) => a.username === 'foster-carer')?.personId;
  const second = authority.accounts.find((a) => a.username === 'foster-carer-2')?.personId;
  if (!first || !second) return;
  const [household]: Array<{ household_id: string }> = await em.query(
    'SELECT household_id FROM placements.household_carers WHERE person_id = $1',
    [first],
  );
  if (!household) return;
  await em.query(`UPDATE placements.households SET name = $2 WHERE id = $1`, [
    household.household_id,
    `${
      authority.people
        .find((p) => p.id === first)
        ?.displayName.split(' ')
        .at(-1) ?? 'Demo'
    } household`,
  ]);
  // Joined when the household was approved: each child's placement start is when their access begins.
  await addHouseholdCarer(em, household.household_id, second, '2000-01-01');
}
