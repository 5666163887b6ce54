import type { EntityManager } from 'typeorm';
import type { ApprovalType, ProviderKind } from './approval-type.enum';
import { addHouseholdCarer } from './carer-grants';

export interface NewHousehold {
  name: string;
  reference: string;
  approvalType: ApprovalType;
  provider: { name: string; kind: ProviderKind; providerCode: string };
  /** Carer accounts (people signed in as foster carers), approved. */
  carerPersonIds: readonly string[];
}

/**
 * A household with its provider (found by name and code, or added) and its carers. Households are approved
 * outside this system (the fostering panel); this records them, for the demo and for tests. Returns its id.
 */
export async function createHousehold(em: EntityManager, household: NewHousehold, today: string): Promise<string> {
  const { name, kind, providerCode } = household.provider;
  let [provider]: Array<{ id: string }> = await em.query(
    `SELECT id FROM placements.providers WHERE name = $1 AND provider_code = $2 ORDER BY id LIMIT 1`,
    [name, providerCode],
  );
  provider ??= (
    await em.query<Array<{ id: string }>>(
      `INSERT INTO placements.providers (name, kind, provider_code) VALUES ($1, $2, $3) RETURNING id`,
      [name, kind, providerCode],
    )
  )[0];
  const [row]: Array<{ id: string }> = await em.query(
    `INSERT INTO placements.households (name, reference, approval_type, provider_id) VALUES ($1, $2, $3, $4)
     RETURNING id`,
    [household.name, household.reference, household.approvalType, provider.id],
  );
  for (const personId of household.carerPersonIds) await addHouseholdCarer(em, row.id, personId, today);
  return row.id;
}
