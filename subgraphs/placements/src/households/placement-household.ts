import { badInput, isUuid } from '@lac/subgraph-kit';
import { providerMismatch } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { approvalFor, approvalMismatch } from './approval-fit';
import { ApprovalType } from './approval-type.enum';

/** The household a placement is with, its provider's code and its approved carer accounts (access comes from them). */
export interface PlacementHousehold {
  id: string;
  name: string;
  approvalType: ApprovalType;
  providerCode: string;
  carers: Array<{ id: string; displayName: string }>;
}

interface Row {
  id: string;
  name: string;
  approval_type: ApprovalType;
  provider_code: string;
  person_id: string | null;
  display_name: string | null;
  role: string | null;
}

async function load(em: EntityManager, where: string, param: string): Promise<PlacementHousehold | null> {
  const rows: Row[] = await em.query(
    `SELECT h.id, h.name, h.approval_type, pr.provider_code, hc.person_id, people.display_name, people.role
       FROM placements.households h
       JOIN placements.providers pr ON pr.id = h.provider_id
       LEFT JOIN placements.household_carers hc ON hc.household_id = h.id AND hc.approved
       LEFT JOIN access.people people ON people.id = hc.person_id
      WHERE ${where}
      ORDER BY hc.person_id`,
    [param],
  );
  if (!rows[0]) return null;
  const { id, name, approval_type, provider_code } = rows[0];
  return {
    id,
    name,
    approvalType: approval_type,
    providerCode: provider_code,
    // A carer account is a person signed in as a foster carer: another role in the household is not a carer here.
    carers: rows
      .filter((r) => r.person_id !== null && r.role === 'foster_carer')
      .map((r) => ({ id: r.person_id!, displayName: r.display_name ?? '' })),
  };
}

/**
 * For callers that name a single carer (written before households, and the demo's older data): that carer's
 * household, or one of their own created now, approved for this placement type (connected person carers for
 * U1-U3, foster carers otherwise) and provided by the local authority's fostering service, as the migration's
 * backfill does (docs/decisions/0023-households.md).
 */
async function householdOfCarer(
  em: EntityManager,
  carerPersonId: string,
  placementType: string,
): Promise<PlacementHousehold> {
  const people: Array<{ role: string; display_name: string }> = await em.query(
    'SELECT role, display_name FROM access.people WHERE id = $1',
    [carerPersonId],
  );
  if (people[0]?.role !== 'foster_carer')
    throw badInput('carerPersonId', 'INVALID', 'That person is not an approved carer');
  const existing = await load(
    em,
    'h.id = (SELECT household_id FROM placements.household_carers WHERE person_id = $1)',
    carerPersonId,
  );
  if (existing) return existing;
  let [provider]: Array<{ id: string }> = await em.query(
    `SELECT id FROM placements.providers WHERE kind = 'local_authority' AND provider_code = 'PR1' ORDER BY id LIMIT 1`,
  );
  provider ??= (
    await em.query<Array<{ id: string }>>(
      `INSERT INTO placements.providers (name, kind, provider_code)
       VALUES ('The local authority’s fostering service', 'local_authority', 'PR1') RETURNING id`,
    )
  )[0];
  const [household]: Array<{ id: string }> = await em.query(
    `INSERT INTO placements.households (name, reference, approval_type, provider_id)
     VALUES ($1, $2, $3, $4) RETURNING id`,
    [
      `${people[0].display_name} household`,
      `HH-${carerPersonId.slice(0, 8).toUpperCase()}`,
      approvalFor(placementType),
      provider.id,
    ],
  );
  await em.query('INSERT INTO placements.household_carers (household_id, person_id) VALUES ($1, $2)', [
    household.id,
    carerPersonId,
  ]);
  return (await load(em, 'h.id = $1', household.id))!;
}

/**
 * The household a new placement is with, refused with the reason when it cannot receive it: unknown, no approved
 * carers, approved for other placement types (DOMAIN.md §9.1), or provided by someone other than the placement's
 * provider code says.
 */
export async function householdForPlacement(
  em: EntityManager,
  input: { householdId?: string | null; carerPersonId?: string | null },
  placementType: string,
  providerCode: string | null | undefined,
): Promise<{ household: PlacementHousehold; providerCode: string | null | undefined }> {
  let household: PlacementHousehold | null;
  const named = input.householdId !== undefined && input.householdId !== null;
  if (named) {
    household = isUuid(input.householdId!) ? await load(em, 'h.id = $1', input.householdId!) : null;
    if (!household) throw badInput('householdId', 'INVALID', 'That household is not known: choose one from the list');
  } else if (input.carerPersonId) {
    household = await householdOfCarer(em, input.carerPersonId, placementType);
  } else {
    throw badInput('householdId', 'REQUIRED', 'Choose the household the child will live with');
  }
  if (household.carers.length === 0) {
    throw badInput(
      'householdId',
      'INVALID',
      `${household.name} has no approved carers, so it cannot receive a placement`,
    );
  }
  const mismatch = approvalMismatch(household.approvalType, placementType);
  if (mismatch) throw badInput('householdId', 'INVALID', mismatch);
  if (!named) return { household, providerCode };
  // The household's provider is the placement's provider: given, they must agree; left out, it comes from there.
  const given = providerCode?.trim().toUpperCase();
  // Left out: the household's provider, unless the type takes none (a temporary placement, DOMAIN.md §9.1).
  if (!given)
    return { household, providerCode: providerMismatch(null, placementType) === null ? null : household.providerCode };
  if (given !== household.providerCode) {
    throw badInput(
      'providerCode',
      'INVALID',
      `${household.name} is provided by ${household.providerCode}, not ${given}: choose ${household.providerCode}`,
    );
  }
  return { household, providerCode: given };
}
