import { redirect } from 'react-router';
import type { Route } from './+types/publish';
import { Choices, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { all, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { canPublishReviewOutcome } from '../../../viewer';
import { loadReview } from './reviews.server';
import { ProfessionalsOnlyHint } from '../../../components/professionals-only-hint';

const PUBLISH = graphql(`
  mutation Publish($input: PublishReviewOutcomeInput!) {
    publishReviewOutcome(input: $input) {
      id
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const { child, review } = await loadReview(session, params.id, params.reviewId);
  if (!canPublishReviewOutcome(child) || review.status !== 'HELD') throw session.notFound();
  const ids = (v: { decisions: Array<{ id: string }> } | null | undefined) => v?.decisions.map((d) => d.id) ?? [];
  return session.reply({
    childId: child.id,
    reviewId: review.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    decisions: (review.decisions ?? []).map((d) => ({ value: d.id, text: d.text })),
    values: {
      childLetter: review.outcome?.childLetter?.text ?? '',
      parentSummary: review.outcome?.parentVersion?.text ?? '',
      carerSummary: review.outcome?.carerVersion?.text ?? '',
      childDecisionIds: ids(review.outcome?.childLetter),
      parentDecisionIds: ids(review.outcome?.parentVersion),
      carerDecisionIds: ids(review.outcome?.carerVersion),
    },
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id, reviewId] = session.routeIds(params.id, params.reviewId);
  const form = await readForm(request, session.signedIn);
  const values = {
    childLetter: text(form, 'childLetter', 20_000),
    parentSummary: text(form, 'parentSummary', 20_000),
    carerSummary: text(form, 'carerSummary', 20_000),
    childDecisionIds: all(form, 'childDecisionIds'),
    parentDecisionIds: all(form, 'parentDecisionIds'),
    carerDecisionIds: all(form, 'carerDecisionIds'),
  };
  const input = {
    reviewId,
    ...values,
    parentSummary: values.parentSummary || null,
    carerSummary: values.carerSummary || null,
  };
  const outcome = await submit(request, session.signedIn, PUBLISH, { input });
  if (outcome.ok) throw redirect(`/children/${id}/reviews/${reviewId}`, { headers: session.headers });
  return session.reply({ errors: outcome.errors, values }, { status: outcome.status });
}

export default function PublishOutcome({ loaderData: c, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values ?? c.values;
  const audiences = [
    [
      'childLetter',
      'Letter to the child',
      'Plain words: what they asked for, what was decided and why.',
      'childDecisionIds',
    ],
    [
      'parentSummary',
      'Parent version (optional)',
      'For parents with parental responsibility. Leave empty to publish nothing to parents.',
      'parentDecisionIds',
    ],
    [
      'carerSummary',
      'Carer version (optional)',
      'For the carer. Leave empty to publish nothing to the carer.',
      'carerDecisionIds',
    ],
  ] as const;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Publish the review outcome for ${c.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{c.name}</span>
        <h1 className="govuk-heading-l">Publish the review outcome</h1>
        <p className="govuk-body">
          Each version is shown only to its audience. What the child said to you in private is never part of the parent
          or carer version.
        </p>
        <ProfessionalsOnlyHint />
        <form method="post" noValidate>
          <CsrfInput token={c.csrfToken} />
          {audiences.map(([field, label, hint, decisionsField]) => (
            <div key={field}>
              <Textarea
                id={field}
                rows={8}
                label={label}
                hint={hint}
                defaultValue={v[field]}
                error={fieldError(errors, field)}
              />
              {c.decisions.length > 0 && (
                <Choices
                  id={decisionsField}
                  type="checkbox"
                  label={`Decisions in the ${label.replace(' (optional)', '').toLowerCase()}`}
                  choices={c.decisions}
                  selected={v[decisionsField]}
                  small
                  error={fieldError(errors, decisionsField)}
                />
              )}
            </div>
          ))}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Publish
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.childId}/reviews/${c.reviewId}`}>
            Back to the review
          </a>
        </p>
      </div>
    </div>
  );
}
