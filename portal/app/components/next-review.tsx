import { SummaryList, Tag, type SummaryRow } from './govuk';

export interface NextReviewView {
  /** Whose words: the young person's own ("your review"), a family's plain words, or the professionals'. */
  words: 'young' | 'professional' | 'family';
  dueBy: string;
  /** Professionals only, when dueBy is not a working day: the last working day before it. */
  latestWorkingDay: string | null;
  /** The legal basis for professionals; the same rule in plain words for a family. */
  basis: string;
  status: { text: string; colour: 'red' | 'yellow' | 'green' | 'grey' } | null;
  booked: { href: string; date: string; time: string | null; venue: string | null } | null;
  /** Only when the graph flags the booking as after the due date for this reader (the professionals). */
  daysLate: number | null;
}

const days = (n: number) => (n === 1 ? '1 day' : `${n} days`);

/**
 * The two facts about the next review, the same on every page: when it must be held by (with why) and when it is
 * booked. A booking after the due date is a warning to those the graph flags it to.
 */
export function NextReviewSummary({
  review,
  headingLevel = 2,
  id = 'next-review',
  heading,
}: {
  review: NextReviewView;
  headingLevel?: 2 | 3;
  /** Unique on the page: a page about several children shows one per child. */
  id?: string;
  heading?: string;
}) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const young = review.words === 'young';
  const booked = review.booked;
  const rows: SummaryRow[] = [
    {
      key: young ? 'Your review must happen by' : 'Must be held by',
      value: (
        <>
          <span data-next-review="due-by">{review.dueBy}</span>
          {review.status && (
            <>
              {' '}
              <Tag text={review.status.text} colour={review.status.colour} />
            </>
          )}
          <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">
                {young ? 'Why this date' : 'How this date was worked out'}
              </span>
            </summary>
            <div className="govuk-details__text">{review.basis}</div>
          </details>
        </>
      ),
    },
    ...(review.latestWorkingDay ? [{ key: 'Latest working day to meet', value: review.latestWorkingDay }] : []),
    {
      key: young ? 'Your review is booked for' : 'Booked for',
      value: booked ? (
        <>
          <span data-next-review="booked">{booked.date}</span>
          {booked.time && <>, {booked.time}</>}
          {booked.venue && (
            <>
              <br />
              {booked.venue}
            </>
          )}
        </>
      ) : young ? (
        'Not booked yet. Your IRO will tell you the date.'
      ) : (
        'Not booked yet'
      ),
    },
  ];
  return (
    <section aria-labelledby={`${id}-heading`} id={id}>
      <H className={headingLevel === 2 ? 'govuk-heading-m' : 'govuk-heading-s'} id={`${id}-heading`}>
        {heading ?? (young ? 'Your next review' : 'Next review')}
      </H>
      {review.daysLate !== null && booked && (
        <div className="govuk-warning-text" id={id === 'next-review' ? 'booked-late' : `${id}-booked-late`}>
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Booked {days(review.daysLate)} after the date it must be held by ({review.dueBy}).
          </strong>
        </div>
      )}
      <SummaryList rows={rows} />
    </section>
  );
}
