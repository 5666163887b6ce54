const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * 2026-05-04 → "4 May 2026": a date as a person reads it, the way `Intl.DateTimeFormat('en-GB', { day: 'numeric',
 * month: 'long', year: 'numeric' })` writes it. By hand, because care-planning words a date for every child on the caseload
 * (the next review's plain basis, the flags, drift) and the portal every date on a page, and a `Date` plus `Intl` per
 * date was a measured part of both's CPU; long-date.test.ts checks it against `Intl` day by day. The caller passes a
 * real date (`isIsoDate`).
 */
export function longDate(iso: string): string {
  const day = Number(iso.slice(8, 10));
  return `${day} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(0, 4))}`;
}
