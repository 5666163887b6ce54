import { redirect } from 'react-router';
import type { Route } from './+types/record';
import { Choices, DateInput, Input, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { formatDate } from '../../../format.server';
import { type FormError, dateErrors, dateFrom, optionalDate, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import type { ReviewMeetingInput } from '../../../graphql/generated/graphql';
import { withSession } from '../../../session-route.server';
import { canRecordReviewMeeting } from '../../../viewer';
import { KIND_LABELS, PARTICIPATION_CODES, REASON_LABELS, isReviewKind, isReviewReason } from './review-labels';
import { attendeeLines, loadChild, loadReview, parseAttendees } from './reviews.server';

const MAX_DECISION_ROWS = 8;
const RECORD = graphql(`
  mutation RecordMeeting($input: ReviewMeetingInput!) {
    recordReviewMeeting(input: $input) {
      id
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const planned = params.reviewId ? await loadReview(session, params.id, params.reviewId) : null;
  const child = planned?.child ?? (await loadChild(session, params.id));
  if (!canRecordReviewMeeting(child)) throw session.notFound();
  const review = planned?.review ?? null;
  return session.reply({
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    dateOfBirth: formatDate(child.dateOfBirth),
    csrfToken: session.csrfToken,
    review: review && {
      id: review.id,
      version: review.version,
      held: review.status === 'HELD',
      plannedFor: review.plannedFor ? formatDate(review.plannedFor) : null,
    },
    values: {
      heldOn: review?.heldOn ?? review?.plannedFor ?? '',
      venue: review?.venue ?? '',
      attendees: attendeeLines(review?.attendees),
      participationCode: review?.participationCode ?? '',
      summary: review?.summary ?? '',
      childPrivateWords: review?.childPrivateWords ?? '',
      spokeToChildOn: review?.spokeToChildOn ?? '',
      spokePrivately: review?.childPrivateWords || review?.spokeToChildOn ? 'yes' : '',
      decisions: (review?.decisions ?? []).map((d) => d.text),
      kind: review?.kind ?? 'STATUTORY',
      reason: review?.reason ?? '',
    },
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [childId] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const spokePrivately = text(form, 'spokePrivately', 3);
  // "No" means nothing said in private, even if some was typed before the answer changed (the revealed fields stay
  // on the page without JavaScript); no answer keeps whatever was typed, so nothing is lost by skipping the question.
  const privately = (typed: string) => (spokePrivately === 'no' ? '' : typed);
  const values = {
    heldOn: dateFrom(form, 'heldOn'),
    venue: text(form, 'venue', 200),
    attendees: text(form, 'attendees', 5_000),
    participationCode: text(form, 'participationCode', 10),
    summary: text(form, 'summary', 20_000),
    childPrivateWords: text(form, 'childPrivateWords', 10_000),
    spokeToChildOn: dateFrom(form, 'spokeToChildOn'),
    spokePrivately,
    decisions: Array.from({ length: MAX_DECISION_ROWS }, (_, i) => text(form, `decision-${i + 1}`, 2_000)),
    kind: text(form, 'kind', 20) || 'STATUTORY',
    reason: text(form, 'reason', 40),
  };
  const errors: FormError[] = [
    ...dateErrors([
      { field: 'heldOn', value: values.heldOn, name: 'The date the review was held', required: true },
      {
        field: 'spokeToChildOn',
        value: privately(values.spokeToChildOn),
        name: 'The date the child spoke to you in private',
      },
    ]),
    ...(params.reviewId || isReviewKind(values.kind)
      ? []
      : [{ field: 'kind', href: '#kind', text: 'Choose the kind of review' }]),
  ];
  if (errors.length > 0) return session.reply({ errors, conflict: null, values }, { status: 400 });
  const meeting = {
    heldOn: values.heldOn,
    venue: values.venue,
    attendees: parseAttendees(values.attendees),
    participationCode: values.participationCode,
    summary: values.summary,
    childPrivateWords: privately(values.childPrivateWords) || null,
    spokeToChildOn: optionalDate(privately(values.spokeToChildOn)),
    decisions: values.decisions.filter(Boolean),
  };
  const [reviewId] = params.reviewId ? session.routeIds(params.reviewId) : [];
  const kind = isReviewKind(values.kind) ? values.kind : 'STATUTORY';
  const input: ReviewMeetingInput = reviewId
    ? { reviewId, expectedVersion: Number(text(form, 'version', 10)) || 0, ...meeting }
    : {
        childId,
        kind,
        reason: kind === 'ADDITIONAL' && isReviewReason(values.reason) ? values.reason : null,
        ...meeting,
      };
  const outcome = await submit(request, session.signedIn, RECORD, { input }, { decisions: 'decision-1' });
  if (outcome.ok) {
    throw redirect(`/children/${childId}/reviews/${outcome.data.recordReviewMeeting.id}`, { headers: session.headers });
  }
  return session.reply({ errors: outcome.errors, conflict: outcome.conflict, values }, { status: outcome.status });
}

export default function RecordReview({ loaderData: c, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const conflict = actionData?.conflict ?? null;
  const v = actionData?.values ?? c.values;
  const decisionRows = Array.from({ length: MAX_DECISION_ROWS }, (_, i) => v.decisions[i] ?? '');
  const heading = c.review?.held ? 'Change the record of a review' : 'Record a review';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${heading} for ${c.name}`} error={errors.length > 0 || conflict !== null} />
        <ErrorSummary errors={errors} />
        {conflict && (
          <div className="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">Someone else saved this review first</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{conflict.message}</p>
                <p className="govuk-body">
                  <a className="govuk-link" href={`/children/${c.childId}/reviews/${c.review?.id}`}>
                    Open the review as it is now
                  </a>
                </p>
              </div>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{c.name}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        {c.review?.plannedFor && !c.review.held && <p className="govuk-body">Planned for {c.review.plannedFor}.</p>}
        <form method="post" noValidate>
          <CsrfInput token={c.csrfToken} />
          {c.review && <input type="hidden" name="version" value={c.review.version} />}
          <DateInput
            id="heldOn"
            label="Date the review was held"
            hint="For example, 23 12 2026"
            defaultValue={v.heldOn}
            error={fieldError(errors, 'heldOn')}
          />
          <Input id="venue" label="Venue" defaultValue={v.venue} error={fieldError(errors, 'venue')} />
          {!c.review && (
            <>
              {/* The reason only applies to an additional review: revealed under that choice (GOV.UK
                  conditional reveal), and ignored by the action for a statutory one. */}
              <Choices
                id="kind"
                type="radio"
                label="Kind of review"
                choices={Object.entries(KIND_LABELS).map(([value, text]) => ({
                  value,
                  text,
                  conditional:
                    value === 'ADDITIONAL' ? (
                      <Choices
                        id="reason"
                        type="radio"
                        label="Reason for the additional review"
                        choices={Object.entries(REASON_LABELS).map(([value, text]) => ({ value, text }))}
                        selected={v.reason}
                        error={fieldError(errors, 'reason')}
                        small
                      />
                    ) : undefined,
                }))}
                selected={v.kind}
                error={fieldError(errors, 'kind')}
              />
            </>
          )}
          <Textarea
            id="attendees"
            label="Who attended"
            hint="One person a line: name, then a comma, then their role. For example: Pat Testmoor, mother"
            defaultValue={v.attendees}
            error={fieldError(errors, 'attendees')}
          />
          <Choices
            id="participationCode"
            type="radio"
            label="How the child took part (SSDA903 participation code)"
            hint={`Born ${c.dateOfBirth}. PN0 is for a child under 4 on the day of the review; on the 4th birthday either may be used.`}
            choices={PARTICIPATION_CODES}
            selected={v.participationCode}
            small
            error={fieldError(errors, 'participationCode')}
          />
          <Textarea
            id="summary"
            rows={8}
            label="Your summary of the review"
            defaultValue={v.summary}
            error={fieldError(errors, 'summary')}
          />
          {/* What the child said in private is asked only when they did speak to the IRO alone (GOV.UK
              conditional reveal). Without JavaScript the box is always shown; words typed under "No" are dropped. */}
          <Choices
            id="spokePrivately"
            type="radio"
            label="Did the child speak to you in private?"
            hint="For example, before the meeting or in a break."
            choices={[
              {
                value: 'yes',
                text: 'Yes',
                conditional: (
                  <>
                    <DateInput
                      id="spokeToChildOn"
                      label="When did the child speak to you in private? (optional)"
                      hint="On or before the day of the review. For example, 20 11 2026"
                      defaultValue={v.spokeToChildOn}
                      error={fieldError(errors, 'spokeToChildOn')}
                    />
                    <Textarea
                      id="childPrivateWords"
                      label="What the child said to you in private"
                      hint="Only you, as their IRO, will see this. It is never shared with parents, carers or the social worker."
                      defaultValue={v.childPrivateWords}
                      error={fieldError(errors, 'childPrivateWords')}
                    />
                  </>
                ),
              },
              { value: 'no', text: 'No' },
            ]}
            selected={v.spokePrivately}
            error={fieldError(errors, 'spokePrivately')}
          />
          <div className={`govuk-form-group${fieldError(errors, 'decision-1') ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby="decisions-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Decisions</legend>
              <div id="decisions-hint" className="govuk-hint">
                At least one. Leave unused rows empty.
              </div>
              {fieldError(errors, 'decision-1') && (
                <p id="decisions-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {fieldError(errors, 'decision-1')}
                </p>
              )}
              {decisionRows.map((d, i) => (
                <div className="govuk-form-group" key={i}>
                  <label className="govuk-label" htmlFor={`decision-${i + 1}`}>
                    Decision {i + 1}
                  </label>
                  <input
                    className="govuk-input"
                    id={`decision-${i + 1}`}
                    name={`decision-${i + 1}`}
                    type="text"
                    defaultValue={d}
                  />
                </div>
              ))}
            </fieldset>
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the record
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.childId}/reviews`}>
            Back to reviews
          </a>
        </p>
      </div>
    </div>
  );
}
