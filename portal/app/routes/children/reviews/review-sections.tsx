import type { Route } from './+types/review';
import { DateInput, Textarea } from '../../../components/form-fields';
import { CsrfInput, Tag } from '../../../components/govuk';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import { fieldError } from '../../../components/field-error';
import type { FormError } from '../../../forms.server';

/** The parts of a review page, each shown only when the graph gave its data (what the caller may see). */
type Page = Route.ComponentProps['loaderData'];
type Posted = Route.ComponentProps['actionData'];
export type DatedIntent = 'conversation' | 'decisionsIssued' | 'recordCompleted';

/** The outcome as published, in the versions this reader receives. */
export function PublishedOutcome({ c }: { c: Page }) {
  return (
    <>
      {c.outcome && (
        <>
          <h2 className="govuk-heading-m">{c.isSelf ? 'After your review' : 'Published outcome'}</h2>
          <p className="govuk-body">Published on {c.outcome.publishedOn}.</p>
          {c.outcome.versions.map((v) => (
            <div key={v.title} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{v.title}</h3>
              <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
                {v.text}
              </p>
              {v.decisions.length > 0 && (
                <ul className="govuk-list govuk-list--bullet">
                  {v.decisions.map((d) => (
                    <li key={d.id}>{d.text}</li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </>
      )}
    </>
  );
}

/** What the meeting record says: summary, decisions, who attended, what the child said in private. */
export function MeetingRecord({ r }: { r: Page['review'] }) {
  return (
    <>
      {r.summary !== null && (
        <>
          <h2 className="govuk-heading-m">Summary</h2>
          <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
            {r.summary}
          </p>
        </>
      )}
      {r.decisions && r.decisions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Decisions</h2>
          <ol className="govuk-list govuk-list--number">
            {r.decisions.map((d) => (
              <li key={d.id}>{d.text}</li>
            ))}
          </ol>
        </>
      )}
      {r.attendees && r.attendees.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Who attended</h2>
          <ul className="govuk-list">
            {r.attendees.map((a, i) => (
              <li key={i}>
                {a.name}, {a.role}
              </li>
            ))}
          </ul>
        </>
      )}
      {r.childPrivateWords && (
        <>
          <h2 className="govuk-heading-m">What the child said to you in private</h2>
          <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
            {r.childPrivateWords}
          </p>
        </>
      )}
    </>
  );
}

/** The decisions and full-record timescales, with a form for each step not yet done when the caller may record it. */
export function RecordTimescales({
  c,
  errors,
  dateFor,
}: {
  c: Page;
  errors: FormError[];
  dateFor: (intent: DatedIntent) => string;
}) {
  const r = c.review;
  return (
    <>
      {r.timescales && (
        <>
          <h2 className="govuk-heading-m">Record timescales</h2>
          {(
            [
              ['decisionsIssued', 'Decisions circulated', r.timescales.decisions, 'Mark decisions issued'],
              ['recordCompleted', 'Full record completed', r.timescales.fullRecord, 'Mark record completed'],
            ] as const
          ).map(([intent, label, t, button]) => (
            <div key={intent} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">{label}</h3>
              <p className="govuk-body">
                Due by {t.dueBy} <Tag text={t.tag.text} colour={t.tag.colour} />
                {t.completedOn && <> (done {t.completedOn})</>}
              </p>
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">How this date was worked out</span>
                </summary>
                <div className="govuk-details__text">{t.basis}</div>
              </details>
              {c.can.recordTimescales && !t.completedOn && (
                <form method="post" noValidate>
                  <CsrfInput token={c.csrfToken} />
                  <input type="hidden" name="intent" value={intent} />
                  <DateInput
                    id={intent}
                    label={`Date ${label.toLowerCase()}`}
                    defaultValue={dateFor(intent)}
                    error={fieldError(errors, intent)}
                  />
                  <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                    {button}
                  </button>
                </form>
              )}
            </div>
          ))}
        </>
      )}
    </>
  );
}

/** Who was invited, the views sent before the review, and this reader's own say. */
export function ViewsBeforeReview({ c, errors, posted }: { c: Page; errors: FormError[]; posted: Posted }) {
  const r = c.review;
  return (
    <>
      {r.invitations && (
        <>
          <h2 className="govuk-heading-m">Invited</h2>
          <ul className="govuk-list">
            {r.invitations.map((i) => (
              <li key={`${i.role}-${i.name}`}>
                {i.name} ({i.role}){i.viewsSent ? ': views sent' : ''}
                {!i.hasAccount ? ', no portal account' : ''}
              </li>
            ))}
          </ul>
        </>
      )}

      {c.professional && r.consultation.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Views sent before the review</h2>
          {r.consultation.map((v, i) => (
            <div key={i} className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">
                {v.role}
                {v.from ? `: ${v.from}` : ''} ({v.submittedAt})
              </p>
              <p className="govuk-body" style={{ whiteSpace: 'pre-line' }}>
                {v.views}
              </p>
            </div>
          ))}
        </>
      )}

      {c.contributor && (
        <>
          <h2 className="govuk-heading-m">{c.isSelf ? 'Your say' : 'Your views'}</h2>
          {r.held ? (
            c.ownViews ? (
              <>
                <p className="govuk-body">
                  {c.isSelf
                    ? 'This is what you told your IRO before the review:'
                    : 'The views you sent before the review:'}
                </p>
                <p className="govuk-body govuk-inset-text" style={{ whiteSpace: 'pre-line' }}>
                  {c.ownViews}
                </p>
              </>
            ) : (
              <p className="govuk-body">
                {c.isSelf ? 'Your review has happened.' : 'The review meeting has been held.'}
              </p>
            )
          ) : (
            <form method="post" noValidate>
              <CsrfInput token={c.csrfToken} />
              <input type="hidden" name="intent" value="views" />
              <IdempotencyKeyInput value={c.formKey} />
              <Textarea
                id="views"
                rows={8}
                label={c.isSelf ? 'What would you like to say before your review?' : 'Your views before the review'}
                hint={
                  c.isSelf
                    ? 'Only your IRO will read this. You can change it until your review happens.'
                    : 'The IRO and the social worker will read this. You can change it until the meeting is recorded.'
                }
                defaultValue={posted?.intent === 'views' ? posted.views : c.ownViews}
                error={fieldError(errors, 'views')}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                {c.isSelf ? 'Send to my IRO' : 'Send your views'}
              </button>
            </form>
          )}
        </>
      )}
    </>
  );
}
