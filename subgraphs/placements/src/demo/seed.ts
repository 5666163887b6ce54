import type { DemoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { Placement } from '../placements/placement.entity';
import { recordPlacementFacts } from '../placements/confidential-facts';
import { startPlacement } from '../placements/start-placement';
import { seedAgencyHousehold, seedSecondCarer } from './seed-households';
import { seedPlansAndVisits } from './seed-plans-visits';

export interface PlacementsSeedResult {
  /** False when the first demo child already had a placement and nothing was written. */
  seeded: boolean;
  placements: number;
  withCarer: number;
}

/**
 * The demo children's current placements in one transaction. Foster placements go through startPlacement, which
 * validates the code and postcode and grants the carer relationship; a children's home (K2) has no carer person,
 * so its row is inserted as is and grants nothing. Needs the demo people (seedIdentity) first. Does nothing when
 * the first demo child already has a placement.
 */
export async function seedPlacements(dataSource: DataSource, authority: DemoAuthority): Promise<PlacementsSeedResult> {
  const { children, today } = authority;
  const withCarer = children.filter((c) => c.placement.carerPersonId !== null).length;
  const result = { seeded: false, placements: children.length, withCarer };
  if (children.length === 0 || (await dataSource.getRepository(Placement).existsBy({ childId: children[0].id })))
    return result;
  const people: unknown[] = await dataSource.query('SELECT 1 FROM access.people WHERE id = $1', [
    authority.accounts[0].personId,
  ]);
  if (people.length === 0)
    throw new Error('The demo people are missing from access.people: run the identity seeder (gateway) first');
  await dataSource.transaction(async (em) => {
    const agency = await seedAgencyHousehold(em, authority);
    for (const c of children) {
      const { placementType, startDate, carerPersonId, address } = c.placement;
      if (carerPersonId && carerPersonId === agency?.carerPersonId) {
        const householdId = agency.householdId;
        await startPlacement(em, { childId: c.id, householdId, placementType, startDate, address }, today);
      } else if (carerPersonId) {
        await startPlacement(em, { childId: c.id, carerPersonId, placementType, startDate, address }, today);
      } else {
        const { identifiers } = await em.getRepository(Placement).insert({
          childId: c.id,
          carerPersonId: null,
          placementType,
          startDate,
          endDate: null,
          addressLine1: address.line1,
          addressLine2: address.line2,
          town: address.town,
          postcode: address.postcode,
        });
        await recordPlacementFacts(
          em,
          {
            id: String(identifiers[0].id),
            childId: c.id,
            carerPersonId: null,
            addressLine1: address.line1,
            addressLine2: address.line2,
            postcode: address.postcode,
          },
          null,
        );
      }
    }
    await seedSecondCarer(em, authority);
  });
  const socialWorker = authority.accounts.find((a) => a.username === 'social-worker')?.personId;
  const demoCarer = authority.accounts.find((a) => a.username === 'foster-carer')?.personId ?? null;
  if (socialWorker) await seedPlansAndVisits(dataSource, socialWorker, demoCarer, today);
  return { ...result, seeded: true };
}
