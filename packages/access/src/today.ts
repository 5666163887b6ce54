// One formatter for the process: building an Intl.DateTimeFormat costs about 58 µs and formatting with a built
// one about 1 µs; the caseload asks for "today" once per child, so a fresh formatter per call was 14% of
// care-planning's CPU on that page.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England now: statutory days turn over at midnight in London, not UTC. */
export function londonToday(now: Date = new Date()): string {
  return LONDON_DATE.format(now);
}
