import { dateParts, fromParts, type IsoDate } from '../iso-date';

/** An SSDA903 collection year such as '2025-26', running 1 April 2025 to 31 March 2026. */
export type CollectionYear = `${number}-${number}`;

export function collectionYearStarting(startYear: number): CollectionYear {
  // The template type cannot see that a zero-padded string is numeric.
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}` as CollectionYear;
}

export function collectionYearOf(d: IsoDate): CollectionYear {
  const { year, month } = dateParts(d);
  return collectionYearStarting(month >= 4 ? year : year - 1);
}

export function collectionYearStartYear(year: CollectionYear): number {
  const m = /^(\d{4})-(\d{2})$/.exec(year);
  const start = m ? Number(m[1]) : NaN;
  if (!m || collectionYearStarting(start) !== year) throw new RangeError(`Not a collection year: ${year}`);
  return start;
}

export function collectionYearBounds(year: CollectionYear): { readonly start: IsoDate; readonly end: IsoDate } {
  const startYear = collectionYearStartYear(year);
  return { start: fromParts(startYear, 4, 1), end: fromParts(startYear + 1, 3, 31) };
}
