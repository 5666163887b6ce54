import { endRelationships } from '@lac/access';
import { badInput, conflict } from '@lac/subgraph-kit';
import {
  CodeListCoverageError,
  isIsoDate,
  isPlacementProviderCode,
  isPlacementTypeCode,
  parseIsoDate,
  providerMismatch,
} from '@lac/statutory';
import { type EntityManager, IsNull } from 'typeorm';
import { grantHouseholdCarers, placementSource } from '../households/carer-grants';
import { householdForPlacement } from '../households/placement-household';
import { recordPlacementFacts } from './confidential-facts';
import { Placement } from './placement.entity';
import { checkReasonForChange } from './reason-for-change';
import { VisitRegime } from './visit-regime.enum';

export interface NewPlacement {
  childId: string;
  /** The household the child will live with (docs/decisions/0023-households.md). */
  householdId?: string | null;
  /** Callers that predate households name one carer: the placement is with that carer's household. */
  carerPersonId?: string | null;
  placementType: string;
  startDate: string;
  address: { line1: string; line2?: string | null; town: string; postcode: string };
  /**
   * SSDA903 PLACE_PROVIDER. Checked against the placement type whenever given (the graph always gives it, null
   * included); left out only by callers that predate it (older fixtures), which store none.
   */
  providerCode?: string | null;
  distanceFromHomeKm?: number | null;
  intendedUntilEighteen?: boolean;
  visitRegime?: VisitRegime;
  /**
   * A move: the reason the current placement ends (REASON_PLACE_CHANGE, required when a placement follows, VALID
   * rule 225) and which placement the caller saw as current. Through the graph, a start with no expected current
   * placement while one exists, or a change of a placement that is no longer current, is a CONFLICT.
   */
  move?: { expectedCurrentId: string | null; reasonForChange: string | null };
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

function checkProvider(code: string | null, type: string): string | null {
  const provider = code === null ? null : code.trim().toUpperCase();
  if (provider !== null && !isPlacementProviderCode(provider)) {
    throw badInput('providerCode', 'UNKNOWN_CODE', `${code} is not an SSDA903 placement provider code (PR0-PR5)`);
  }
  const mismatch = providerMismatch(provider, type);
  if (mismatch) throw badInput('providerCode', 'INVALID', mismatch);
  return provider;
}

/** Through the graph a move names the placement it ends and why; returns the reason to record on it. */
function checkMove(input: NewPlacement, current: Placement | null): string | null {
  if (!input.move) return null;
  const { expectedCurrentId, reasonForChange } = input.move;
  if ((current?.id ?? null) !== expectedCurrentId) {
    throw conflict(
      current
        ? `The child’s current placement changed after you opened it (it began ${current.startDate}). Reload and try again.`
        : 'That placement has already ended. Reload the child’s record.',
      ['currentPlacement'],
    );
  }
  if (!current) return null;
  return checkReasonForChange(reasonForChange, 'Choose the reason the placement is changing');
}

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
  const { household, providerCode: givenProvider } = await householdForPlacement(em, input, type, input.providerCode);

  const providerCode = givenProvider === undefined ? null : checkProvider(givenProvider, type);
  const distance = input.distanceFromHomeKm ?? null;
  if (distance !== null && !(Number.isFinite(distance) && distance >= 0 && distance < 100000)) {
    throw badInput('distanceFromHomeKm', 'INVALID', 'Distance from home must be a number of kilometres, 0 or more');
  }

  const repo = em.getRepository(Placement);
  // Locks the child's current placement so two moves at once cannot both end it.
  const current = await repo.findOne({
    where: { childId: input.childId, endDate: IsNull() },
    lock: { mode: 'pessimistic_write' },
  });
  const reason = checkMove(input, current);
  const overlapping: Array<{ end_date: string }> = await em.query(
    `SELECT to_char(end_date, 'YYYY-MM-DD') AS end_date FROM placements.placements
      WHERE child_id = $1 AND end_date IS NOT NULL AND end_date > $2 ORDER BY end_date DESC LIMIT 1`,
    [input.childId, start],
  );
  if (overlapping[0]) {
    throw badInput(
      'startDate',
      'OVERLAPS',
      `startDate overlaps an earlier placement, which ended on ${overlapping[0].end_date}`,
    );
  }
  if (current) {
    if (start <= current.startDate) {
      throw badInput(
        'startDate',
        'END_BEFORE_START',
        `startDate must be after the current placement began (${current.startDate})`,
      );
    }
    await endPlacementRow(em, current, start, reason);
  }
  const saved = await repo.save(
    repo.create({
      childId: input.childId,
      householdId: household.id,
      // The first carer stays recorded on the placement for what reads one carer (the `carer` field).
      carerPersonId: household.carers[0].id,
      placementType: type,
      startDate: start,
      endDate: null,
      addressLine1: input.address.line1.trim(),
      addressLine2: input.address.line2?.trim() || null,
      town: input.address.town.trim(),
      postcode,
      providerCode,
      distanceFromHomeKm: distance,
      intendedUntilEighteen: input.intendedUntilEighteen ?? false,
      visitRegime: input.visitRegime ?? VisitRegime.STANDARD,
    }),
  );
  saved.householdCarerIds = household.carers.map((c) => c.id);
  await grantHouseholdCarers(em, saved, saved.householdCarerIds);
  await recordPlacementFacts(
    em,
    saved,
    household.carers.map((c) => c.displayName),
  );
  return saved;
}

export async function endPlacement(
  em: EntityManager,
  placement: Placement,
  endDate: string,
  today: string,
  /** Always given by the mutation; left out only by callers that record no reason (demo data, older tests). */
  reasonForChange?: string,
): Promise<Placement> {
  const end = checkDate('endDate', endDate, today);
  const reason =
    reasonForChange === undefined
      ? null
      : checkReasonForChange(reasonForChange, 'Choose the reason the placement ended');
  if (placement.endDate !== null)
    throw badInput('placementId', 'INVALID', `That placement already ended on ${placement.endDate}`);
  if (end < placement.startDate) {
    throw badInput(
      'endDate',
      'END_BEFORE_START',
      `endDate cannot be before the placement began (${placement.startDate})`,
    );
  }
  await endPlacementRow(em, placement, end, reason);
  return Object.assign(new Placement(), placement, { endDate: end, reasonForChange: reason });
}

async function endPlacementRow(
  em: EntityManager,
  placement: Placement,
  end: string,
  reasonForChange: string | null = null,
): Promise<void> {
  // Only a placement still open is ended: a concurrent end or move that got there first makes this a CONFLICT.
  const result = await em
    .getRepository(Placement)
    .update({ id: placement.id, endDate: IsNull() }, { endDate: end, reasonForChange });
  if (result.affected !== 1) {
    throw conflict('This placement was ended by someone else after you opened it. Reload the child’s record.', [
      'endDate',
    ]);
  }
  await endRelationships(em, placementSource(placement.id), end);
}
