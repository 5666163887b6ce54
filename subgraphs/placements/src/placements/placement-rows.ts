import type { SubgraphContext } from '@lac/subgraph-kit';
import { Placement } from './placement.entity';
import type { VisitRegime } from './visit-regime.enum';

/**
 * Every placement of the given children, newest first, as plain rows: one statement, the columns the `Placement`
 * type and the policy need, read straight into the GraphQL type rather than hydrated by TypeORM (the caseload reads
 * fifty of these per request, and entity hydration was most of placements' CPU on it). Each row brings the approved
 * carer accounts of its household (whose placement it is, for `carerOnlyOwn`) and the date its placement plan was
 * agreed, so the plan's due status (CPPCR reg 9) needs no second statement. The carers come from one aggregate over
 * the page's households, not a sub-select per placement: on the 300-child demo that sub-select scanned the carers
 * once per placement (0.64 → 0.39 ms of execution for the caseload's 50, docs/benchmarks.md#the-caseloads-statements).
 */
const SQL = `
  SELECT p.id,
         p.child_id AS "childId",
         p.carer_person_id AS "carerPersonId",
         p.household_id AS "householdId",
         coalesce(hc.ids, '{}'::text[]) AS "householdCarerIds",
         p.placement_type AS "placementType",
         p.start_date AS "startDate",
         p.end_date AS "endDate",
         p.address_line1 AS "addressLine1",
         p.address_line2 AS "addressLine2",
         p.town,
         p.postcode,
         p.provider_code AS "providerCode",
         p.reason_for_change AS "reasonForChange",
         p.distance_from_home_km::float8 AS "distanceFromHomeKm",
         p.intended_until_eighteen AS "intendedUntilEighteen",
         p.visit_regime AS "visitRegime",
         pp.agreed_on AS "planAgreedOn"
    FROM placements.placements p
    LEFT JOIN placements.placement_plans pp ON pp.placement_id = p.id
    LEFT JOIN (SELECT household_id, array_agg(person_id::text ORDER BY person_id) AS ids
                 FROM placements.household_carers
                WHERE approved
                  AND household_id IN (SELECT household_id FROM placements.placements WHERE child_id = ANY($1::uuid[]))
                GROUP BY household_id) hc ON hc.household_id = p.household_id
   WHERE p.child_id = ANY($1::uuid[])
   ORDER BY p.start_date DESC`;

interface PlacementRow {
  id: string;
  childId: string;
  carerPersonId: string | null;
  householdId: string | null;
  householdCarerIds: string[];
  placementType: string;
  startDate: string;
  endDate: string | null;
  addressLine1: string;
  addressLine2: string | null;
  town: string;
  postcode: string;
  providerCode: string | null;
  reasonForChange: string | null;
  distanceFromHomeKm: number | null;
  intendedUntilEighteen: boolean;
  visitRegime: VisitRegime;
  planAgreedOn: string | null;
}

export async function placementRowsOf(
  ctx: Pick<SubgraphContext, 'db'>,
  childIds: readonly string[],
): Promise<Placement[]> {
  const rows: PlacementRow[] = await ctx.db.query(SQL, [childIds]);
  // A `Placement` instance, not the bare row: its `ownerPersonId` getter is what the policy reads.
  return rows.map((row) => Object.assign(new Placement(), row));
}
