import type { Route } from './+types/review-recommendations';
import { CsrfInput } from '../../../components/govuk';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import { Choices, DateInput, Input, Select, Textarea } from '../../../components/form-fields';
import { fieldError } from '../../../components/field-error';
import type { FormError } from '../../../forms.server';
import type { RecommendationOutcomeKind } from '../../../graphql/generated/graphql';

// The two forms of a held review's recommendations page: an outcome for each open recommendation from earlier
// reviews, and a new recommendation made at this review.

type Page = Route.ComponentProps['loaderData'];
type Posted = Route.ComponentProps['actionData'];

const OUTCOME_WORDS: Record<RecommendationOutcomeKind, { text: string; hint?: string }> = {
  ACHIEVED: { text: 'Achieved' },
  CARRIED_FORWARD: {
    text: 'Carried forward',
    hint: 'Say why it was not achieved; a new due date and progress are optional',
  },
  DROPPED: { text: 'Dropped', hint: 'Say why it is being dropped' },
};
const OUTCOMES = Object.entries(OUTCOME_WORDS).map(([value, words]) => ({ value, ...words }));
export const isOutcome = (v: string): v is RecommendationOutcomeKind => Object.hasOwn(OUTCOME_WORDS, v);

/** The outcome of one open recommendation from an earlier review; a failed save shows its errors beside its own fields. */
export function OutcomeForm({
  c,
  r,
  errors,
  posted,
}: {
  c: Page;
  r: Page['open'][number];
  errors: FormError[];
  posted: Posted;
}) {
  const mine = posted?.intent === 'outcome' && posted.recommendationId === r.id ? posted : null;
  const err = (name: string) => (mine ? fieldError(errors, `${name}-${r.id}`) : undefined);
  return (
    <form method="post" noValidate id={`rec-${r.id}`} className="govuk-!-margin-bottom-8">
      <CsrfInput token={c.csrfToken} />
      <input type="hidden" name="intent" value="outcome" />
      <input type="hidden" name="recommendationId" value={r.id} />
      <input type="hidden" name="expectedVersion" value={r.version} />
      <h3 className="govuk-heading-s">{r.text}</h3>
      <p className="govuk-body-s">
        Made at the review on {r.madeOn}. Owner: {r.owner}. Due by {r.dueDate}. Monitored by: {r.monitoring}
      </p>
      <Choices
        id={`outcome-${r.id}`}
        type="radio"
        label="What happened to this recommendation?"
        choices={OUTCOMES}
        selected={mine?.values.outcome}
        error={err('outcome')}
        small
      />
      <Textarea
        id={`reason-${r.id}`}
        label="Reason"
        hint="Why it was not achieved, or why it is being dropped"
        rows={3}
        defaultValue={mine?.values.reason}
        error={err('reason')}
      />
      <DateInput
        id={`newDueDate-${r.id}`}
        label="New due date (if carried forward)"
        hint="For example, 27 3 2027"
        defaultValue={mine?.values.newDueDate}
        error={err('newDueDate')}
      />
      <Textarea
        id={`progress-${r.id}`}
        label="Progress made (if carried forward)"
        rows={3}
        defaultValue={mine?.values.progress}
        error={err('progress')}
      />
      <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
        Save outcome<span className="govuk-visually-hidden"> for “{r.text}”</span>
      </button>
    </form>
  );
}

/** A new recommendation, owned by a person in the team or a role, with a due date and how it will be monitored. */
export function AddRecommendationForm({ c, errors, posted }: { c: Page; errors: FormError[]; posted: Posted }) {
  const adding = posted?.intent === 'add' ? posted.values : null;
  return (
    <>
      <h2 className="govuk-heading-m">Add a recommendation</h2>
      <form method="post" noValidate>
        <CsrfInput token={c.csrfToken} />
        <input type="hidden" name="intent" value="add" />
        <IdempotencyKeyInput value={c.formKey} />
        <Textarea
          id="text"
          label="Recommendation"
          rows={3}
          defaultValue={adding?.text}
          error={adding ? fieldError(errors, 'text') : undefined}
        />
        <Select
          id="ownerPersonId"
          label="Owner: a person in the team"
          hint="Or leave this and type a role below"
          choices={[
            { value: '', text: 'Choose a person' },
            ...c.team.map((p) => ({ value: p.id, text: p.displayName })),
          ]}
          selected={adding?.ownerPersonId}
          error={adding ? fieldError(errors, 'ownerPersonId') : undefined}
        />
        <Input
          id="ownerRole"
          label="Or the owner’s role"
          hint="For example, Social worker or Virtual School head"
          width="20"
          defaultValue={adding?.ownerRole}
        />
        <DateInput
          id="dueDate"
          label="Due date"
          hint="For example, 27 3 2027"
          defaultValue={adding?.dueDate}
          error={adding ? fieldError(errors, 'dueDate') : undefined}
        />
        <Textarea
          id="monitoring"
          label="How it will be monitored"
          rows={3}
          defaultValue={adding?.monitoring}
          error={adding ? fieldError(errors, 'monitoring') : undefined}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Add recommendation
        </button>
      </form>
    </>
  );
}
