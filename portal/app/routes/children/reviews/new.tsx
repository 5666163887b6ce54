import { redirect } from 'react-router';
import type { Route } from './+types/new';
import { Choices, DateInput, Input } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { nextReviewView } from '../../../next-review.server';
import { withSession } from '../../../session-route.server';
import { canScheduleReview } from '../../../viewer';
import { KIND_LABELS, REASON_LABELS, isReviewKind, isReviewReason } from './review-labels';

const QUERY = graphql(`
  query ScheduleReviewChild($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      ...NextReviewFields
    }
  }
`);

const SCHEDULE = graphql(`
  mutation ScheduleReview($input: ScheduleReviewInput!, $idempotencyKey: String) {
    scheduleReview(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(QUERY, { id });
  if (!canScheduleReview(child)) throw session.notFound();
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    // Shown before booking, so the IRO books by the date; a later booking is flagged on the next page.
    nextReview: nextReviewView(child),
    formKey: newFormKey(),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [childId] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const values = {
    date: dateFrom(form, 'date'),
    time: text(form, 'time', 10),
    venue: text(form, 'venue', 200),
    kind: text(form, 'kind', 20),
    reason: text(form, 'reason', 40),
  };
  const kind = values.kind || 'STATUTORY';
  const errors: FormError[] = [
    ...dateErrors([{ field: 'date', value: values.date, name: 'The date of the review', required: true }]),
    ...(!values.time || /^([01]?\d|2[0-3]):[0-5]\d$/.test(values.time)
      ? []
      : [{ field: 'time', href: '#time', text: 'Enter the time as hours and minutes, like 14:30' }]),
    ...(isReviewKind(kind) ? [] : [{ field: 'kind', href: '#kind', text: 'Choose the kind of review' }]),
  ];
  if (errors.length > 0 || !isReviewKind(kind)) return session.reply({ errors, values }, { status: 400 });
  const input = {
    childId,
    date: values.date,
    time: values.time ? values.time.padStart(5, '0') : null,
    venue: values.venue || null,
    kind,
    reason: kind === 'ADDITIONAL' && isReviewReason(values.reason) ? values.reason : null,
  };
  const outcome = await submit(request, session.signedIn, SCHEDULE, { input, idempotencyKey: postedFormKey(form) });
  if (outcome.ok) throw redirect(`/children/${childId}/reviews?booked`, { headers: session.headers });
  return session.reply({ errors: outcome.errors, values }, { status: outcome.status });
}

export default function ScheduleReview({ loaderData: c, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Schedule a review for ${c.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{c.name}</span>
        <h1 className="govuk-heading-l">Schedule a review</h1>
        <p className="govuk-body">
          The child, each parent with parental responsibility, the carer, the social worker, the advocate and the
          guardian are invited as they are today.
        </p>
        {c.nextReview && (
          <div className="govuk-inset-text" id="due-by-hint">
            The review must be held by {c.nextReview.dueBy}.
          </div>
        )}
        <form method="post" noValidate>
          <CsrfInput token={c.csrfToken} />
          <IdempotencyKeyInput value={c.formKey} />
          <DateInput
            id="date"
            label="Date of the review"
            hint="For example, 27 3 2027"
            defaultValue={v?.date}
            error={fieldError(errors, 'date')}
          />
          <Input
            id="time"
            label="Time (optional)"
            hint="Use the 24-hour clock, for example 14:30"
            defaultValue={v?.time}
            error={fieldError(errors, 'time')}
          />
          <Input id="venue" label="Venue (optional)" defaultValue={v?.venue} error={fieldError(errors, 'venue')} />
          <Choices
            id="kind"
            type="radio"
            label="Kind of review"
            choices={Object.entries(KIND_LABELS).map(([value, text]) => ({
              value,
              text,
              hint:
                value === 'ADDITIONAL'
                  ? 'Brought forward, for example after a change of placement'
                  : 'In the regular cycle',
            }))}
            selected={v?.kind || 'STATUTORY'}
            error={fieldError(errors, 'kind')}
          />
          <Choices
            id="reason"
            type="radio"
            label="Reason, for an additional review"
            choices={Object.entries(REASON_LABELS).map(([value, text]) => ({ value, text }))}
            selected={v?.reason}
            error={fieldError(errors, 'reason')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Schedule the review
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.id}/reviews`}>
            Back to reviews
          </a>
        </p>
      </div>
    </div>
  );
}
