import { addDays, addMonths, addWorkingDays, parseIsoDate, toDayNumber } from '@lac/statutory';
import type { DemoLegalStatus } from './model';
import type { Random } from './random';

/* The legal and review histories a demo child is given, and the date steps they are counted in. */

export type ReviewCategory = 'overdue' | 'due_soon' | 'on_track';

export const days = (from: string, to: string) => toDayNumber(parseIsoDate(to)) - toDayNumber(parseIsoDate(from));
export const plusDays = (d: string, n: number) => addDays(parseIsoDate(d), n) as string;
export const plusMonths = (d: string, n: number) => addMonths(parseIsoDate(d), n) as string;
export const plusWorkingDays = (d: string, n: number) => addWorkingDays(parseIsoDate(d), n) as string;
export const maxDate = (...ds: string[]) => ds.reduce((a, b) => (a > b ? a : b));
export const minDate = (...ds: string[]) => ds.reduce((a, b) => (a < b ? a : b));

/** C2 mostly (after an interim C1 while proceedings run), V2 for accommodation by agreement, E1 for some young children. */
export function legalHistory(rng: Random, start: string, today: string, age: number): DemoLegalStatus[] {
  const route = rng.weighted([
    ['care-order', 72],
    ['accommodated', 16],
    ['placement-order', age < 8 ? 12 : 0],
  ] as const);
  if (route === 'accommodated') return [{ code: 'V2', startDate: start, endDate: null }];
  const steps: Array<[string, string]> = [['C1', start]];
  const fullOrder = plusDays(start, rng.int(90, 200));
  if (fullOrder <= today) steps.push(['C2', fullOrder]);
  if (route === 'placement-order' && fullOrder <= today) {
    const placementOrder = plusDays(fullOrder, rng.int(60, 300));
    if (placementOrder <= today) steps.push(['E1', placementOrder]);
  }
  return steps.map(([code, startDate], i) => ({ code, startDate, endDate: steps[i + 1]?.[1] ?? null }));
}

/** Reviews of an earlier, ended period of care: held on time while it lasted. */
export function earlierReviews(start: string, end: string): string[] {
  const held: string[] = [];
  let next = plusWorkingDays(start, 15);
  let gapMonths = 3;
  while (next <= end) {
    held.push(next);
    next = plusDays(plusMonths(next, gapMonths), -10);
    gapMonths = 6;
  }
  return held;
}

/**
 * Reviews of the current period, aimed so that the next one is overdue, due within 15 working days or on track:
 * the first within 20 working days of the start, the second within 3 months, then 6-monthly, with the last one
 * placed so its successor falls due on a chosen date.
 */
export function reviewHistory(rng: Random, start: string, today: string, category: ReviewCategory): string[] {
  const firstDue = plusWorkingDays(start, 20);
  if (firstDue > today) {
    const early = plusWorkingDays(start, 10);
    return early <= today && rng.chance(0.3) ? [early] : [];
  }
  const target =
    category === 'overdue'
      ? plusDays(today, -rng.int(3, 45))
      : category === 'due_soon'
        ? plusWorkingDays(today, rng.int(1, 12))
        : plusDays(today, rng.int(35, 170));
  const first = plusWorkingDays(start, rng.int(8, 19));
  const lastOfMany = plusMonths(target, -6);
  if (lastOfMany > plusDays(first, 20) && lastOfMany <= today) {
    const held = [first];
    let next = plusDays(plusMonths(first, 3), -rng.int(0, 20));
    let gapMonths = 6;
    while (next < plusDays(lastOfMany, -20)) {
      held.push(next);
      next = plusDays(plusMonths(next, gapMonths), -rng.int(0, 30));
      gapMonths = 6;
    }
    held.push(lastOfMany);
    return held;
  }
  const onlyOne = plusMonths(target, -3);
  if (onlyOne >= plusDays(start, 5) && onlyOne <= today) return [onlyOne];
  if (category === 'overdue') return [];
  return first <= today ? [first] : [];
}
