// One formatter for the process: building an Intl.DateTimeFormat costs about 58 µs and formatting with a built
// one about 1 µs; the caseload asks for "today" once per child, so a fresh formatter per call was 14% of
// care-planning's CPU on that page.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// The last answer, by the UTC minute it was for. London's offset from UTC is a whole hour (GMT or BST), so its date
// can only turn over on a whole UTC minute: every instant of one minute has the same date in London. The gateway and
// every subgraph ask once per request (and care-planning once per child), so most calls are answered from here.
let cachedMinute = Number.NaN;
let cachedDate = '';

/** The calendar date in England now: statutory days turn over at midnight in London, not UTC. */
export function londonToday(now: Date = new Date()): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute === cachedMinute) return cachedDate;
  // An invalid Date has a NaN minute, never equal to the cache: format throws for it as before.
  const date = LONDON_DATE.format(now);
  cachedMinute = minute;
  cachedDate = date;
  return date;
}
