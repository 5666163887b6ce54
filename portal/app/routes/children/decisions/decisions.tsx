import { redirect } from 'react-router';
import type { Route } from './+types/decisions';
import { ErrorSummary, PageTitle, WarningText } from '../../../components/govuk';
import { type FormError, dateErrors, dateFrom, optionalDate, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { loadDecisions } from './decisions.server';
import { isDecisionArea, isDecisionHolder } from './decisions-words';
import { CarerNextReview, CarerOwnDecisions, RequestChangeForm } from './carer';
import { MatrixRows, MatrixVersion } from './matrix-rows';
import { Confirmations } from './professional';
import { Requests } from './requests';
import { ChangeDecisionForm, StartDecisionsForm } from './social-worker';
import { YoungPersonIntro } from './young-person';

// Who may take which everyday decisions about the child in this placement (the delegated-authority matrix, DOMAIN.md
// §4). The carer reads what they can decide and asks for a change; the social worker starts the matrix and decides
// requests; the IRO confirms it at a review; a parent and the young person read it. What the page offers comes from
// `viewerCan`; the graph has already left out what this reader may not see.

const START = graphql(`
  mutation StartDecisions($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
    }
  }
`);
const REQUEST = graphql(`
  mutation RequestDecisionChange($input: RequestDelegatedAuthorityChangeInput!) {
    requestDelegatedAuthorityChange(input: $input) {
      id
    }
  }
`);
const SAVE = graphql(`
  mutation ChangeDecision($input: SaveDelegatedAuthorityInput!) {
    saveDelegatedAuthority(input: $input) {
      version
    }
  }
`);
const DECIDE = graphql(`
  mutation DecideDecisionRequest($input: DecideDelegatedAuthorityRequestInput!) {
    decideDelegatedAuthorityRequest(input: $input) {
      version
    }
  }
`);
const CONFIRM = graphql(`
  mutation ConfirmDecisions($input: ConfirmDelegatedAuthorityInput!) {
    confirmDelegatedAuthorityAtReview(input: $input) {
      version
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const d = await loadDecisions(session, id);
  return session.reply({ ...d, csrfToken: session.csrfToken });
}

type Values = Record<string, string>;
const fail = (errors: FormError[], values: Values, conflict: string | null = null) => ({ errors, values, conflict });

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const intent = text(form, 'intent', 20);
  const done = () => redirect(`/children/${id}/decisions`, { headers: session.headers });
  /** A refused save keeps what was typed; a CONFLICT says what changed and asks to send it again. */
  const failed = (outcome: { errors: FormError[]; conflict: { message: string } | null }, values: Values) =>
    fail(
      outcome.errors,
      values,
      outcome.conflict
        ? `${outcome.conflict.message} Your answer is kept below: check the decisions and send it again.`
        : null,
    );

  if (intent === 'start') {
    const values = { legalStatus: text(form, 'legalStatus', 10) };
    const outcome = await submit(request, session.signedIn, START, {
      input: {
        childId: id,
        expectedVersion: 0,
        legalStatus: values.legalStatus,
        reason: 'Started from the defaults for the legal status',
        entries: [],
      },
    });
    if (!outcome.ok) return session.reply(failed(outcome, values), { status: outcome.status });
    return done();
  }
  if (intent === 'request') {
    const values = {
      area: text(form, 'area', 60),
      holder: text(form, 'holder', 30),
      conditions: text(form, 'conditions', 1000),
      why: text(form, 'why', 1000),
    };
    const errors: FormError[] = [
      ...(isDecisionArea(values.area) ? [] : [{ field: 'area', href: '#area', text: 'Choose the decision' }]),
      ...(isDecisionHolder(values.holder)
        ? []
        : [{ field: 'holder', href: '#holder', text: 'Choose who should decide' }]),
    ];
    if (errors.length > 0 || !isDecisionArea(values.area) || !isDecisionHolder(values.holder)) {
      return session.reply(fail(errors, values), { status: 400 });
    }
    const outcome = await submit(
      request,
      session.signedIn,
      REQUEST,
      {
        input: {
          childId: id,
          area: values.area,
          holder: values.holder,
          conditions: values.conditions || null,
          why: values.why,
        },
      },
      { childId: 'why' },
    );
    if (!outcome.ok) return session.reply(failed(outcome, values), { status: outcome.status });
    return done();
  }
  if (intent === 'decide') {
    const requestId = text(form, 'requestId', 60);
    const values = {
      requestId,
      decision: text(form, 'decision', 10),
      reason: text(form, `reason-${requestId}`, 1000),
      parentAgreedOn: dateFrom(form, `parentAgreedOn-${requestId}`),
    };
    const errors = dateErrors([
      { field: `parentAgreedOn-${requestId}`, value: values.parentAgreedOn, name: 'The date the parent agreed' },
    ]);
    if (errors.length > 0) return session.reply(fail(errors, values), { status: 400 });
    const outcome = await submit(
      request,
      session.signedIn,
      DECIDE,
      {
        input: {
          requestId,
          approve: values.decision === 'approve',
          reason: values.reason,
          expectedVersion: Number(text(form, 'expectedVersion', 10)),
          parentAgreedOn: optionalDate(values.parentAgreedOn),
        },
      },
      { reason: `reason-${requestId}`, requestId: `reason-${requestId}` },
    );
    // A rule of the legal status names the row (entries.AREA.parentAgreedOn): it belongs to this request's date.
    if (!outcome.ok) {
      for (const e of outcome.errors) {
        if (e.field.startsWith('entries.'))
          Object.assign(e, { field: `parentAgreedOn-${requestId}`, href: `#parentAgreedOn-${requestId}` });
      }
    }
    if (!outcome.ok) return session.reply(failed(outcome, values), { status: outcome.status });
    return done();
  }
  if (intent === 'change') {
    const values = {
      area: text(form, 'change-area', 60),
      holder: text(form, 'change-holder', 30),
      conditions: text(form, 'change-conditions', 1000),
      tellWho: text(form, 'change-tellWho', 1000),
      reasonNotDelegated: text(form, 'change-reasonNotDelegated', 1000),
      parentAgreedOn: dateFrom(form, 'change-parentAgreedOn'),
      reason: text(form, 'change-reason', 1000),
    };
    const errors: FormError[] = [
      ...(isDecisionArea(values.area)
        ? []
        : [{ field: 'change-area', href: '#change-area', text: 'Choose the decision' }]),
      ...(isDecisionHolder(values.holder)
        ? []
        : [{ field: 'change-holder', href: '#change-holder', text: 'Choose who decides' }]),
      ...dateErrors([
        { field: 'change-parentAgreedOn', value: values.parentAgreedOn, name: 'The date the parent agreed' },
      ]),
    ];
    if (errors.length > 0 || !isDecisionArea(values.area) || !isDecisionHolder(values.holder)) {
      return session.reply(fail(errors, values), { status: 400 });
    }
    const outcome = await submit(
      request,
      session.signedIn,
      SAVE,
      {
        input: {
          childId: id,
          expectedVersion: Number(text(form, 'expectedVersion', 10)),
          // The child's legal status as care-planning records it today, which the rows are checked against (decision 15).
          legalStatus: text(form, 'legalStatus', 10),
          reason: values.reason,
          entries: [
            {
              area: values.area,
              holder: values.holder,
              conditions: values.conditions || null,
              tellWho: values.tellWho || null,
              reasonNotDelegated: values.reasonNotDelegated || null,
              parentAgreedOn: optionalDate(values.parentAgreedOn),
            },
          ],
        },
      },
      { reason: 'change-reason', legalStatus: 'change-reason', childId: 'change-reason' },
    );
    // A rule names the row's field (entries.HAIRCUTS.parentAgreedOn): it is this form's field of that name.
    if (!outcome.ok) {
      for (const e of outcome.errors) {
        if (e.field.startsWith('entries.')) {
          const field = `change-${e.field.split('.').pop() ?? ''}`;
          Object.assign(e, { field, href: `#${field}` });
        }
      }
    }
    if (!outcome.ok) return session.reply(failed(outcome, values), { status: outcome.status });
    return done();
  }
  if (intent === 'confirm') {
    const outcome = await submit(request, session.signedIn, CONFIRM, {
      input: { childId: id, reviewId: text(form, 'reviewId', 60), version: Number(text(form, 'version', 10)) },
    });
    if (!outcome.ok) return session.reply(failed(outcome, {}), { status: outcome.status });
    return done();
  }
  throw session.notFound();
}

const TITLES = {
  CARER: 'What you can decide',
  YOUNG_PERSON: 'Who decides what about your life',
  PARENT: 'Who decides what',
  PROFESSIONAL: 'Who decides what (delegated authority)',
} as const;

// One page for every audience; each audience's part is its own component (carer.tsx, young-person.tsx,
// social-worker.tsx, professional.tsx), shown as `viewerCan` and the audience allow.
export default function Decisions({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const values: Values = actionData?.values ?? {};
  const m = d.matrix;
  const title = TITLES[d.audience];
  const young = d.audience === 'YOUNG_PERSON';
  const carer = d.audience === 'CARER';
  const mine = m?.rows.filter((r) => r.holder === 'CARER') ?? [];
  const others = carer ? (m?.rows.filter((r) => r.holder !== 'CARER') ?? []) : (m?.rows ?? []);
  return (
    <>
      <PageTitle title={`${title}: ${d.name}`} error={errors.length > 0 || !!actionData?.conflict} />
      <a href={`/children/${d.childId}`} className="govuk-back-link">
        Back to {young ? 'your page' : `${d.name}’s page`}
      </a>
      {actionData?.conflict && (
        <div className="govuk-error-summary" data-module="govuk-error-summary">
          <div role="alert">
            <h2 className="govuk-error-summary__title">Someone changed these decisions while you were reading</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{actionData.conflict}</p>
            </div>
          </div>
        </div>
      )}
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{d.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      {!m && (
        <p className="govuk-body">
          {young
            ? 'Your social worker has not written this down yet. You can ask them about it.'
            : 'The social worker has not recorded who decides what for this placement yet.'}
        </p>
      )}
      {m && young && <YoungPersonIntro />}
      {m && carer && <CarerOwnDecisions givenName={d.givenName} mine={mine} />}
      {m && others.length > 0 && <MatrixRows rows={others} young={young} />}
      {m?.legalStatusNotice && <WarningText>{m.legalStatusNotice}</WarningText>}
      {m && <MatrixVersion m={m} audience={d.audience} />}
      {carer && <CarerNextReview d={d} />}
      {m && m.requests.length > 0 && (carer || d.audience === 'PROFESSIONAL') && (
        <Requests d={d} m={m} carer={carer} values={values} errors={errors} />
      )}
      {d.can.request && m && <RequestChangeForm d={d} m={m} values={values} errors={errors} />}
      {d.can.change && m && <ChangeDecisionForm d={d} m={m} values={values} errors={errors} />}
      {d.can.start && <StartDecisionsForm d={d} />}
      {m && d.audience === 'PROFESSIONAL' && <Confirmations d={d} m={m} />}
    </>
  );
}
