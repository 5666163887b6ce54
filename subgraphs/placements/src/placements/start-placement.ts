import { endRelationships, grantRelationship } from '@lac/access';
import { badInput } from '@lac/subgraph-kit';
import { CodeListCoverageError, isIsoDate, isPlacementTypeCode, parseIsoDate } from '@lac/statutory';
import { type EntityManager, IsNull } from 'typeorm';
import { recordPlacementFacts } from './confidential-facts';
import { Placement } from './placement.entity';

export interface NewPlacement {
  childId: string;
  carerPersonId: string;
  placementType: string;
  startDate: string;
  address: { line1: string; line2?: string | null; town: string; postcode: string };
}

const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/;

function checkDate(field: string, value: string, today: string): string {
  if (!isIsoDate(value)) throw badInput(field, 'INVALID_DATE', `${field} must be a real date written YYYY-MM-DD`);
  if (value > today) throw badInput(field, 'DATE_IN_FUTURE', `${field} cannot be in the future (today is ${today})`);
  return value;
}

/** Before the code lists we hold (2022-23), a placement type cannot be checked, so it cannot be recorded here. */
function placementTypeKnown(type: string, start: string): boolean {
  try {
    return isPlacementTypeCode(type, parseIsoDate(start));
  } catch (error) {
    if (error instanceof CodeListCoverageError) {
      throw badInput(
        'startDate',
        'INVALID',
        `Placements starting before 1 April 2022 cannot be recorded yet (${start})`,
      );
    }
    throw error;
  }
}

const placementSource = (id: string) => `placements:placement:${id}`;

/**
 * A move: the current placement ends the day the new one starts, the old carer's access ends with it and the new
 * carer's begins, all in one transaction.
 */
export async function startPlacement(em: EntityManager, input: NewPlacement, today: string): Promise<Placement> {
  const start = checkDate('startDate', input.startDate, today);
  const type = input.placementType.trim().toUpperCase();
  if (!placementTypeKnown(type, start)) {
    throw badInput(
      'placementType',
      'UNKNOWN_CODE',
      `${input.placementType} is not an SSDA903 placement type on ${start}`,
    );
  }
  const postcode = input.address.postcode.trim().toUpperCase();
  if (!POSTCODE.test(postcode)) throw badInput('address.postcode', 'INVALID', 'Enter a real postcode, like AB1 2CD');
  if (!input.address.line1.trim()) throw badInput('address.line1', 'REQUIRED', 'Enter the first line of the address');
  if (!input.address.town.trim()) throw badInput('address.town', 'REQUIRED', 'Enter the town or city');
  const carers: Array<{ role: string; display_name: string }> = await em.query(
    'SELECT role, display_name FROM access.people WHERE id = $1',
    [input.carerPersonId],
  );
  if (carers[0]?.role !== 'foster_carer')
    throw badInput('carerPersonId', 'INVALID', 'That person is not an approved carer');

  const repo = em.getRepository(Placement);
  const current = await repo.findOneBy({ childId: input.childId, endDate: IsNull() });
  if (current) {
    if (start <= current.startDate) {
      throw badInput(
        'startDate',
        'END_BEFORE_START',
        `startDate must be after the current placement began (${current.startDate})`,
      );
    }
    await endPlacementRow(em, current, start);
  }
  const saved = await repo.save(
    repo.create({
      childId: input.childId,
      carerPersonId: input.carerPersonId,
      placementType: type,
      startDate: start,
      endDate: null,
      addressLine1: input.address.line1.trim(),
      addressLine2: input.address.line2?.trim() || null,
      town: input.address.town.trim(),
      postcode,
    }),
  );
  await grantRelationship(em, {
    personId: input.carerPersonId,
    childId: input.childId,
    kind: 'carer',
    from: start,
    source: placementSource(saved.id),
  });
  await recordPlacementFacts(em, saved, carers[0].display_name);
  return saved;
}

export async function endPlacement(
  em: EntityManager,
  placement: Placement,
  endDate: string,
  today: string,
): Promise<Placement> {
  const end = checkDate('endDate', endDate, today);
  if (placement.endDate !== null)
    throw badInput('placementId', 'INVALID', `That placement already ended on ${placement.endDate}`);
  if (end < placement.startDate) {
    throw badInput(
      'endDate',
      'END_BEFORE_START',
      `endDate cannot be before the placement began (${placement.startDate})`,
    );
  }
  await endPlacementRow(em, placement, end);
  return Object.assign(new Placement(), placement, { endDate: end });
}

async function endPlacementRow(em: EntityManager, placement: Placement, end: string): Promise<void> {
  await em.getRepository(Placement).update({ id: placement.id }, { endDate: end });
  await endRelationships(em, placementSource(placement.id), end);
}
