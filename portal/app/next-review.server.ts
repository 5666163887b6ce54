import { formatDate, statusTag } from './format.server';
import { graphql } from './graphql/generated';
import type { NextReviewFieldsFragment } from './graphql/generated/graphql';
import type { NextReviewView } from './components/next-review';
import { speaksToYoungPerson, type Viewed } from './viewer';

/**
 * The one answer about the next review (`Child.nextReview`): when it must be held by, why, and when it is booked.
 * Every page that mentions the next review spreads `...NextReviewFields` and renders `<NextReviewSummary>`, so no
 * two pages can tell a reader different dates.
 */
export const NextReviewFields = graphql(`
  fragment NextReviewFields on Child {
    nextReview {
      dueBy
      latestWorkingDay
      status
      kind
      basis
      plainBasis
      bookedAfterDueBy
      daysLate
      booked {
        reviewId
        date
        time
        venue
      }
    }
  }
`);

/**
 * The view of the next review for this reader. Professionals get the status, the legal basis and the late-booking
 * flag (the graph answers `bookedAfterDueBy` to them only); a family gets the dates and the reason in plain words.
 */
export function nextReviewView(child: Viewed & NextReviewFieldsFragment & { id: string }): NextReviewView | null {
  const next = child.nextReview;
  if (!next) return null;
  const professional = child.viewerCan.audience === 'PROFESSIONAL';
  return {
    words: speaksToYoungPerson(child) ? 'young' : professional ? 'professional' : 'family',
    dueBy: formatDate(next.dueBy),
    // The practical last day to meet, for those who book the meeting; a family is told the date it must happen by.
    latestWorkingDay: professional && next.latestWorkingDay !== next.dueBy ? formatDate(next.latestWorkingDay) : null,
    basis: professional ? next.basis : next.plainBasis,
    status: professional ? statusTag(next.status) : null,
    booked: next.booked && {
      href: `/children/${encodeURIComponent(child.id)}/reviews/${encodeURIComponent(next.booked.reviewId)}`,
      date: formatDate(next.booked.date),
      time: next.booked.time ? formatTime(next.booked.time) : null,
      venue: next.booked.venue,
    },
    daysLate: next.bookedAfterDueBy ? next.daysLate : null,
  };
}

/** "14:30" → "2:30pm", "10:00" → "10am", "12:00" → "midday": times as GOV.UK writes them. */
export function formatTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) return hhmm;
  const [h, min] = [Number(m[1]), m[2]];
  if (h === 12 && min === '00') return 'midday';
  if (h === 0 && min === '00') return 'midnight';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${min === '00' ? '' : `:${min}`}${h < 12 ? 'am' : 'pm'}`;
}
