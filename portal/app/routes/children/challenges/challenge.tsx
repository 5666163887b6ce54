import { redirect } from 'react-router';
import type { Route } from './+types/challenge';
import { History, ResponseDue } from '../../../components/challenge-parts';
import { DateInput, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, SummaryList, Tag } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { loadChallenges } from './challenges.server';

const RESPOND = graphql(`
  mutation Respond($id: ID!, $response: String!, $on: Date!, $v: Int) {
    recordChallengeResponse(challengeId: $id, response: $response, on: $on, expectedVersion: $v) {
      id
    }
  }
`);
const ESCALATE = graphql(`
  mutation Escalate($id: ID!, $v: Int!, $on: Date!, $note: String) {
    escalateChallenge(challengeId: $id, expectedVersion: $v, on: $on, note: $note) {
      id
    }
  }
`);
const RESOLVE = graphql(`
  mutation Resolve($id: ID!, $v: Int!, $outcome: String!, $on: Date!) {
    resolveChallenge(challengeId: $id, expectedVersion: $v, outcome: $outcome, on: $on) {
      id
    }
  }
`);
const REFER = graphql(`
  mutation Refer($id: ID!, $v: Int!, $reason: String!, $on: Date!) {
    referChallengeToCafcass(challengeId: $id, expectedVersion: $v, reason: $reason, on: $on) {
      id
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id, challengeId] = session.routeIds(params.id, params.challengeId);
  const d = await loadChallenges(session, id);
  const challenge = d.challenges.find((c) => c.id === challengeId);
  if (!challenge) throw session.notFound();
  return session.reply({
    csrfToken: session.csrfToken,
    childId: d.childId,
    name: d.name,
    can: d.can,
    c: challenge,
  });
}

// Each form names its own fields, so an error lands beside the field of the form that was sent.
const FORMS = {
  respond: { text: 'response', date: 'response-on', variable: 'response', dateName: 'The date of the response' },
  escalate: { text: 'escalate-note', date: 'escalate-on', variable: 'note', dateName: 'The date it was escalated' },
  resolve: { text: 'outcome', date: 'resolve-on', variable: 'outcome', dateName: 'The date it was resolved' },
  refer: { text: 'cafcass-reason', date: 'cafcass-on', variable: 'reason', dateName: 'The date it was referred' },
} as const;
type Intent = keyof typeof FORMS;
const isIntent = (v: string): v is Intent => Object.hasOwn(FORMS, v);

type Step = { id: string; v: number; on: string; body: string };
/** Each step's mutation with its own typed variables. */
const SEND: Record<
  Intent,
  (
    request: Request,
    signedIn: Parameters<typeof submit>[1],
    step: Step,
    fieldIds: Record<string, string>,
  ) => ReturnType<typeof submit>
> = {
  respond: (r, s, { id, v, on, body }, f) => submit(r, s, RESPOND, { id, v, on, response: body }, f),
  escalate: (r, s, { id, v, on, body }, f) => submit(r, s, ESCALATE, { id, v, on, note: body || null }, f),
  resolve: (r, s, { id, v, on, body }, f) => submit(r, s, RESOLVE, { id, v, on, outcome: body }, f),
  refer: (r, s, { id, v, on, body }, f) => submit(r, s, REFER, { id, v, on, reason: body }, f),
};

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id, challengeId] = session.routeIds(params.id, params.challengeId);
  const form = await readForm(request, session.signedIn);
  const intent = text(form, 'intent', 20);
  if (!isIntent(intent)) throw session.reply(null, { status: 400 });
  const spec = FORMS[intent];
  const version = Number(text(form, 'version', 10));
  const values: Record<string, string> = { [spec.text]: text(form, spec.text), [spec.date]: dateFrom(form, spec.date) };
  const on = values[spec.date] ?? '';
  const typed = dateErrors([{ field: spec.date, value: on, name: spec.dateName, required: true }]);
  if (typed.length > 0) return session.reply({ intent, values, errors: typed, conflict: null }, { status: 400 });
  const outcome = await SEND[intent](
    request,
    session.signedIn,
    { id: challengeId, v: Number.isInteger(version) ? version : 0, on, body: values[spec.text] ?? '' },
    { [spec.variable]: spec.text, on: spec.date, challengeId: spec.text },
  );
  if (!outcome.ok) {
    return session.reply(
      { intent, values, errors: outcome.errors, conflict: outcome.conflict },
      { status: outcome.status },
    );
  }
  return redirect(`/children/${id}/challenges/${challengeId}`, { headers: session.headers });
}

function StepForm(props: {
  intent: Intent;
  heading: string;
  textLabel: string;
  textHint?: string;
  dateLabel: string;
  button: string;
  warning?: boolean;
  csrfToken: string;
  version: number;
  errors: FormError[];
  values: Record<string, string> | undefined;
}) {
  const spec = FORMS[props.intent];
  return (
    <form method="post" noValidate className="govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m">{props.heading}</h2>
      <CsrfInput token={props.csrfToken} />
      <input type="hidden" name="intent" value={props.intent} />
      <input type="hidden" name="version" value={props.version} />
      <Textarea
        id={spec.text}
        label={props.textLabel}
        hint={props.textHint}
        rows={3}
        defaultValue={props.values?.[spec.text]}
        error={fieldError(props.errors, spec.text)}
      />
      <DateInput
        id={spec.date}
        label={props.dateLabel}
        hint="For example, 23 11 2026"
        defaultValue={props.values?.[spec.date]}
        error={fieldError(props.errors, spec.date)}
      />
      <button
        type="submit"
        className={`govuk-button${props.warning ? ' govuk-button--warning' : ' govuk-button--secondary'}`}
        data-module="govuk-button"
      >
        {props.button}
      </button>
    </form>
  );
}

export default function ChallengePage({ loaderData: d, actionData }: Route.ComponentProps) {
  const { c } = d;
  const errors: FormError[] = actionData?.errors ?? [];
  const conflict = actionData?.conflict ?? null;
  const summary = conflict ? [{ href: '#history', text: conflict.message }] : errors;
  // After a conflict the page shows the challenge as it is now; what was typed is kept in the form that was sent.
  const values = actionData?.values;
  const valuesFor = (intent: Intent) => (actionData?.intent === intent ? values : undefined);
  const common = { csrfToken: d.csrfToken, version: c.version, errors };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Challenge – ${d.name}`} error={summary.length > 0} />
        <ErrorSummary errors={summary} />
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">Challenge: {c.concern}</h1>
        <p className="govuk-body">
          <Tag text={c.status.text} colour={c.status.colour} />
        </p>
        <SummaryList
          rows={[
            { key: 'Concern', value: c.concern },
            { key: 'Level', value: c.stage },
            { key: 'Level began', value: c.levelStartedOn },
            { key: 'Raised with', value: c.raisedWith },
            { key: 'Raised by', value: c.raisedBy ?? '' },
            { key: 'Opened on', value: c.openedOn },
            ...(c.open ? [{ key: 'Response due by', value: <ResponseDue due={c.due} /> }] : []),
            ...(c.respondedOn ? [{ key: 'Response received', value: c.respondedOn }] : []),
            ...(!c.open ? [{ key: c.status.text, value: `${c.closedOn}: ${c.outcome ?? ''}` }] : []),
          ]}
        />
        <History history={c.history} headingLevel={2} />
        {c.open && (
          <>
            {d.can.respond && (
              <StepForm
                {...common}
                intent="respond"
                heading="Record a response"
                textLabel="What was the response?"
                dateLabel="Date of the response"
                button="Record response"
                values={valuesFor('respond')}
              />
            )}
            {c.nextStage
              ? d.can.escalate && (
                  <StepForm
                    {...common}
                    intent="escalate"
                    heading={`Escalate to ${c.nextStage}`}
                    textLabel="Note (optional)"
                    textHint="Why the challenge is escalated"
                    dateLabel="Date escalated"
                    button="Escalate"
                    values={valuesFor('escalate')}
                  />
                )
              : d.can.refer && (
                  <div className="govuk-inset-text">
                    This is the last formal stage. If the concern is not put right, refer it to Cafcass.
                  </div>
                )}
            {d.can.resolve && (
              <StepForm
                {...common}
                intent="resolve"
                heading="Resolve the challenge"
                textLabel="What was the outcome?"
                dateLabel="Date resolved"
                button="Resolve"
                values={valuesFor('resolve')}
              />
            )}
            {d.can.refer && (
              <StepForm
                {...common}
                intent="refer"
                heading="Refer to Cafcass"
                textLabel="Why are you referring to Cafcass?"
                textHint="You can refer at any point if waiting would harm the child."
                dateLabel="Date referred"
                button="Refer to Cafcass"
                warning
                values={valuesFor('refer')}
              />
            )}
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${d.childId}/challenges`}>
            All challenges for {d.name}
          </a>
        </p>
      </div>
    </div>
  );
}
