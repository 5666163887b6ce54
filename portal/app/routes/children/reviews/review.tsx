import { redirect } from 'react-router';
import type { Route } from './+types/review';
import { DateInput } from '../../../components/form-fields';
import {
  type DatedIntent,
  MeetingRecord,
  PublishedOutcome,
  RecordTimescales,
  ViewsBeforeReview,
} from './review-sections';
import { CsrfInput, ErrorSummary, PageTitle, SummaryList, type SummaryRow } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { formatTime } from '../../../next-review.server';
import { formatDate } from '../../../format.server';
import { dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { withSession } from '../../../session-route.server';
import {
  canPublishReviewOutcome,
  canRecordConversationWithChild,
  canRecordRecommendations,
  canRecordReviewMeeting,
  canRecordReviewTimescales,
  canSubmitReviewViews,
  ownOutcomeVersion,
  seesReviewRecord,
  speaksToYoungPerson,
} from '../../../viewer';
import {
  CONSULTATION_ROLES,
  TIMESCALE_TAGS,
  type Timescale,
  inviteeRole,
  kindText,
  loadReview,
  londonToday,
} from './reviews.server';

const SEND_VIEWS = graphql(`
  mutation SendViews($input: ReviewViewsInput!, $idempotencyKey: String) {
    submitReviewViews(input: $input, idempotencyKey: $idempotencyKey) {
      role
    }
  }
`);
const SPOKE = graphql(`
  mutation Spoke($reviewId: ID!, $on: Date!) {
    recordConversationWithChild(reviewId: $reviewId, on: $on) {
      id
    }
  }
`);
const ISSUED = graphql(`
  mutation Issued($reviewId: ID!, $on: Date!) {
    markDecisionsIssued(reviewId: $reviewId, on: $on) {
      id
    }
  }
`);
const COMPLETED = graphql(`
  mutation Completed($reviewId: ID!, $on: Date!) {
    completeReviewRecord(reviewId: $reviewId, on: $on) {
      id
    }
  }
`);

/** The dated steps of a review, each with its own date input (named after the intent). */
const DATED = {
  conversation: { name: 'The date you spoke to the child' },
  decisionsIssued: { name: 'The date the decisions were issued' },
  recordCompleted: { name: 'The date the record was completed' },
} as const satisfies Record<DatedIntent, { name: string }>;
type Intent = DatedIntent | 'views';
const isIntent = (v: string): v is Intent => v === 'views' || Object.hasOwn(DATED, v);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const { child, review } = await loadReview(session, params.id, params.reviewId);
  const timescale = (t: Timescale) => ({
    dueBy: formatDate(t.dueBy),
    basis: t.basis,
    completedOn: t.completedOn ? formatDate(t.completedOn) : null,
    tag: TIMESCALE_TAGS[t.status],
  });
  const ownVersion = ownOutcomeVersion(child);
  const own = canSubmitReviewViews(child) ? review.consultation.find(() => true) : undefined;
  return session.reply({
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    can: {
      recordMeeting: canRecordReviewMeeting(child),
      publish: canPublishReviewOutcome(child),
      recordRecommendations: canRecordRecommendations(child),
      recordTimescales: canRecordReviewTimescales(child),
      recordConversation: canRecordConversationWithChild(child),
    },
    isSelf: speaksToYoungPerson(child),
    professional: seesReviewRecord(child),
    contributor: canSubmitReviewViews(child),
    csrfToken: session.csrfToken,
    formKey: newFormKey(),
    today: londonToday(),
    review: {
      id: review.id,
      held: review.status === 'HELD',
      date: formatDate(review.heldOn ?? review.plannedFor),
      // The booked time, worded as on every page that shows the next review.
      time: !review.heldOn && review.plannedTime ? formatTime(review.plannedTime) : null,
      venue: review.venue,
      kind: kindText(review.kind, review.reason),
      attendees: review.attendees,
      participation: review.participationCode
        ? `${review.participationCode}: ${review.participationDescription ?? ''}`
        : null,
      summary: review.summary,
      childPrivateWords: review.childPrivateWords,
      decisions: review.decisions,
      invitations: review.invitations?.map((i) => ({ ...i, role: inviteeRole(i.role) })) ?? null,
      consultation: review.consultation.map((v) => ({
        ...v,
        role: CONSULTATION_ROLES[v.role],
        submittedAt: formatDate(v.submittedAt),
      })),
      spokeToChildOn: review.spokeToChildOn ? formatDate(review.spokeToChildOn) : null,
      timescales: review.recordTimescales && {
        decisions: timescale(review.recordTimescales.decisions),
        fullRecord: timescale(review.recordTimescales.fullRecord),
      },
    },
    ownViews: own?.views ?? '',
    outcome: review.outcome && {
      publishedOn: formatDate(review.outcome.publishedOn),
      versions: (
        [
          [ownVersion === 'child' ? 'Your letter from your IRO' : 'Letter to the child', review.outcome.childLetter],
          [ownVersion === 'parent' ? 'What was decided' : 'Parent version', review.outcome.parentVersion],
          [ownVersion === 'carer' ? 'What was decided' : 'Carer version', review.outcome.carerVersion],
        ] as const
      )
        .filter(([, v]) => v !== null)
        .map(([title, v]) => ({ title, text: v!.text, decisions: v!.decisions })),
    },
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id, reviewId] = session.routeIds(params.id, params.reviewId);
  const form = await readForm(request, session.signedIn);
  const intent = text(form, 'intent', 40);
  if (!isIntent(intent)) throw session.reply(null, { status: 400 });
  const views = text(form, 'views');
  const on = dateFrom(form, intent);
  const fieldIds = { on: intent, reviewId: intent };
  let outcome;
  if (intent === 'views') {
    const idempotencyKey = postedFormKey(form);
    outcome = await submit(
      request,
      session.signedIn,
      SEND_VIEWS,
      { input: { reviewId, views }, idempotencyKey },
      fieldIds,
    );
  } else {
    const typed = dateErrors([{ field: intent, value: on, name: DATED[intent].name, required: true }]);
    if (typed.length > 0) return session.reply({ errors: typed, intent, views, on }, { status: 400 });
    const variables = { reviewId, on };
    outcome =
      intent === 'conversation'
        ? await submit(request, session.signedIn, SPOKE, variables, fieldIds)
        : intent === 'decisionsIssued'
          ? await submit(request, session.signedIn, ISSUED, variables, fieldIds)
          : await submit(request, session.signedIn, COMPLETED, variables, fieldIds);
  }
  if (outcome.ok) throw redirect(`/children/${id}/reviews/${reviewId}`, { headers: session.headers });
  return session.reply({ errors: outcome.errors, intent, views, on }, { status: outcome.status });
}

export default function Review({ loaderData: c, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const r = c.review;
  const title = c.isSelf ? 'Your review' : `Review for ${c.name}`;
  const rows: SummaryRow[] = [
    { key: r.held ? 'Held on' : 'Date', value: r.time ? `${r.date}, ${r.time}` : r.date },
    { key: 'Where', value: r.venue ?? 'Not set yet' },
    { key: 'Kind', value: r.kind },
  ];
  if (c.professional) {
    if (r.participation) rows.push({ key: 'How the child took part', value: r.participation });
    rows.push({ key: 'IRO spoke to the child beforehand', value: r.spokeToChildOn ?? 'Not recorded' });
  }
  const dateFor = (intent: Intent) => (actionData?.intent === intent ? actionData.on : c.today);

  return (
    <>
      <PageTitle title={title} error={errors.length > 0} />
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{c.name}</span>
      <h1 className="govuk-heading-l">{c.isSelf ? 'Your review' : r.held ? 'Review' : 'Planned review'}</h1>
      <SummaryList rows={rows} />

      {c.can.recordMeeting && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.childId}/reviews/${r.id}/record`}>
            {r.held ? 'Change the record of this review' : 'Record the meeting'}
          </a>
        </p>
      )}

      {c.can.publish && r.held && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.childId}/reviews/${r.id}/publish`}>
            {c.outcome ? 'Publish a new version of the outcome' : 'Publish the outcome'}
          </a>
        </p>
      )}

      {/* The IRO's only way from a held review to the recommendations made at it. */}
      {c.can.recordRecommendations && r.held && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${c.childId}/reviews/${r.id}/recommendations`}>
            Recommendations made at this review
          </a>
        </p>
      )}

      <PublishedOutcome c={c} />
      <MeetingRecord r={r} />
      <RecordTimescales c={c} errors={errors} dateFor={dateFor} />

      {c.can.recordConversation && (
        <>
          <h2 className="govuk-heading-m">Speaking to the child before the meeting</h2>
          <form method="post" noValidate>
            <CsrfInput token={c.csrfToken} />
            <input type="hidden" name="intent" value="conversation" />
            <DateInput
              id="conversation"
              label="Date you spoke to the child"
              defaultValue={dateFor('conversation')}
              error={fieldError(errors, 'conversation')}
            />
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Save the date
            </button>
          </form>
        </>
      )}

      <ViewsBeforeReview c={c} errors={errors} posted={actionData} />

      <p className="govuk-body">
        <a className="govuk-link" href={`/children/${c.childId}/reviews`}>
          Back to reviews
        </a>
      </p>
    </>
  );
}
