import { addMonths, isAfter, isBefore, toDayNumber, type IsoDate } from '@lac/statutory';
import type { Placement } from './placement.entity';

export interface StabilityFigures {
  placementsInLast12Months: number;
  currentPlacementDays: number | null;
}

/**
 * Placement stability as the DfE measures it (DOMAIN.md §9): placements that were running at any time in the 12
 * months up to today, and how many days the current one has lasted (day 0 is the day it began). Temporary moves
 * count like any other placement here; the SSDA903 stability indicator excludes none of them either.
 */
export function stabilityOf(placements: readonly Placement[], today: IsoDate): StabilityFigures {
  // Dates come from PostgreSQL `date` columns as YYYY-MM-DD, so they are IsoDates already.
  const iso = (d: string) => d as IsoDate;
  const yearAgo = addMonths(today, -12);
  const inYear = placements.filter(
    (p) => !isAfter(iso(p.startDate), today) && (p.endDate === null || !isBefore(iso(p.endDate), yearAgo)),
  );
  const current = placements.find((p) => p.endDate === null && !isAfter(iso(p.startDate), today));
  return {
    placementsInLast12Months: inYear.length,
    currentPlacementDays: current ? toDayNumber(today) - toDayNumber(iso(current.startDate)) : null,
  };
}

/** The start of the newest placement that followed an earlier one (newest first or any order); null for one placement. */
export function lastChange(placements: readonly Placement[]): string | null {
  const starts = placements.map((p) => p.startDate).sort();
  return starts.length > 1 ? starts[starts.length - 1] : null;
}
