import { redirect } from 'react-router';
import { AddRecommendationForm, OutcomeForm, isOutcome } from './recommendation-forms';
import type { Route } from './+types/review-recommendations';
import { ErrorSummary, PageTitle } from '../../../components/govuk';
import { formatDate } from '../../../format.server';
import { type FormError, dateErrors, dateFrom, optionalDate, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { withSession } from '../../../session-route.server';
import { canRecordRecommendations } from '../../../viewer';

const QUERY = graphql(`
  query ReviewRecommendations($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      iro {
        id
        displayName
      }
      socialWorker {
        id
        displayName
      }
      reviews {
        id
        heldOn
        recommendations {
          id
          text
          owner {
            display
          }
          dueDate
          monitoring
        }
      }
      recommendations(status: OPEN) {
        id
        text
        dueDate
        version
        monitoring
        madeOn
        owner {
          display
        }
        history {
          reviewId
        }
      }
    }
  }
`);

const ADD = graphql(`
  mutation AddRecommendation($input: AddRecommendationInput!, $idempotencyKey: String) {
    addRecommendation(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);
const OUTCOME = graphql(`
  mutation RecordOutcome($input: RecordRecommendationOutcomeInput!) {
    recordRecommendationOutcome(input: $input) {
      id
    }
  }
`);

interface Person {
  id: string;
  displayName: string;
}

/** The child and the review, for the IRO only; anyone else (or an unknown id) gets the 404 page. */
async function load(request: Request, params: { id?: string; reviewId?: string }) {
  const session = await withSession(request);
  const [id, reviewId] = session.routeIds(params.id, params.reviewId);
  const { child } = await session.child(QUERY, { id });
  const review = child.reviews.find((r) => r.id === reviewId);
  if (!review?.heldOn || !canRecordRecommendations(child)) throw session.notFound();
  return { session, child, review: { ...review, heldOn: review.heldOn } };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, child, review } = await load(request, params);
  const url = new URL(request.url);
  const saved = url.searchParams.get('saved');
  return session.reply({
    csrfToken: session.csrfToken,
    formKey: newFormKey(),
    childId: child.id,
    reviewId: review.id,
    name: `${child.givenName} ${child.familyName}`,
    heldOn: formatDate(review.heldOn),
    saved: saved === 'added' || saved === 'outcome' ? saved : null,
    team: [child.iro, child.socialWorker].filter((p): p is Person => !!p),
    // Open ones made at earlier reviews and not yet given an outcome at this one.
    open: child.recommendations
      .filter((r) => r.madeOn != null && r.madeOn < review.heldOn && !r.history.some((h) => h.reviewId === review.id))
      .map((r) => ({
        id: r.id,
        text: r.text,
        owner: r.owner.display,
        dueDate: formatDate(r.dueDate),
        monitoring: r.monitoring,
        version: r.version,
        madeOn: formatDate(r.madeOn),
      })),
    made: review.recommendations.map((r) => ({
      id: r.id,
      text: r.text,
      owner: r.owner.display,
      dueDate: formatDate(r.dueDate),
    })),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, child, review } = await load(request, params);
  const { signedIn } = session;
  const form = await readForm(request, signedIn);
  const back = `/children/${child.id}/reviews/${review.id}/recommendations`;
  const fail = (
    status: number,
    body: { intent: string; recommendationId?: string; values: Record<string, string>; errors: FormError[] },
  ) => session.reply(body, { status });

  if (text(form, 'intent') === 'outcome') {
    const id = text(form, 'recommendationId', 100);
    const values = {
      outcome: text(form, `outcome-${id}`, 20),
      reason: text(form, `reason-${id}`),
      newDueDate: dateFrom(form, `newDueDate-${id}`),
      progress: text(form, `progress-${id}`),
    };
    const outcome = values.outcome;
    const errors: FormError[] = [
      ...(isOutcome(outcome)
        ? []
        : [
            {
              field: `outcome-${id}`,
              href: `#outcome-${id}`,
              text: 'Choose whether it was achieved, carried forward or dropped',
            },
          ]),
      ...dateErrors([{ field: `newDueDate-${id}`, value: values.newDueDate, name: 'The new due date' }]),
    ];
    if (errors.length > 0 || !isOutcome(outcome))
      return fail(400, { intent: 'outcome', recommendationId: id, values, errors });
    const result = await submit(
      request,
      signedIn,
      OUTCOME,
      {
        input: {
          recommendationId: id,
          reviewId: review.id,
          expectedVersion: Number(text(form, 'expectedVersion', 10)) || 0,
          outcome,
          reason: values.reason || null,
          newDueDate: optionalDate(values.newDueDate),
          progress: values.progress || null,
        },
      },
      {
        reason: `reason-${id}`,
        newDueDate: `newDueDate-${id}`,
        progress: `progress-${id}`,
        reviewId: `outcome-${id}`,
        recommendationId: `outcome-${id}`,
      },
    );
    if (result.ok) throw redirect(`${back}?saved=outcome`, { headers: session.headers });
    const failed = result.conflict
      ? [{ field: `outcome-${id}`, href: `#rec-${id}`, text: `${result.conflict.message}` }]
      : result.errors;
    return fail(result.status, { intent: 'outcome', recommendationId: id, values, errors: failed });
  }

  const values = {
    text: text(form, 'text'),
    ownerPersonId: text(form, 'ownerPersonId', 100),
    ownerRole: text(form, 'ownerRole', 200),
    dueDate: dateFrom(form, 'dueDate'),
    monitoring: text(form, 'monitoring'),
  };
  const typed = dateErrors([{ field: 'dueDate', value: values.dueDate, name: 'The due date' }]);
  if (typed.length > 0) return fail(400, { intent: 'add', values, errors: typed });
  const result = await submit(
    request,
    signedIn,
    ADD,
    {
      input: {
        childId: child.id,
        reviewId: review.id,
        text: values.text,
        ownerPersonId: values.ownerPersonId || null,
        ownerRole: values.ownerRole || null,
        dueDate: optionalDate(values.dueDate),
        monitoring: values.monitoring,
      },
      idempotencyKey: postedFormKey(form),
    },
    { owner: 'ownerPersonId' },
  );
  if (result.ok) throw redirect(`${back}?saved=added`, { headers: session.headers });
  return fail(result.status, { intent: 'add', values, errors: result.errors });
}

export default function ReviewRecommendations({ loaderData: c, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const title = `Recommendations at the review on ${c.heldOn}`;
  return (
    <>
      <PageTitle title={`${title} – ${c.name}`} error={errors.length > 0} />
      <a href={`/children/${c.childId}/recommendations`} className="govuk-back-link">
        All recommendations for {c.name}
      </a>
      <ErrorSummary errors={errors} />
      {c.saved && errors.length === 0 && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="saved-title"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="saved-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              {c.saved === 'added' ? 'Recommendation added. You can add another below.' : 'Outcome recorded.'}
            </p>
          </div>
        </div>
      )}
      <span className="govuk-caption-l">{c.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>

      <h2 className="govuk-heading-m">Recommendations from earlier reviews</h2>
      {c.open.length === 0 && (
        <p className="govuk-body">There are no open recommendations from earlier reviews waiting for an outcome.</p>
      )}
      {c.open.map((r) => (
        <OutcomeForm key={r.id} c={c} r={r} errors={errors} posted={actionData} />
      ))}

      <h2 className="govuk-heading-m">Recommendations made at this review</h2>
      {c.made.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {c.made.map((r) => (
            <li key={r.id}>
              {r.text} – {r.owner}, due by {r.dueDate}
            </li>
          ))}
        </ul>
      )}

      <AddRecommendationForm c={c} errors={errors} posted={actionData} />
    </>
  );
}
