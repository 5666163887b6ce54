import { redirect } from 'react-router';
import type { Route } from './+types/decisions';
import { Choices, DateInput, Input, Select, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, SummaryList, Tag, WarningText } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, optionalDate, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { loadDecisions } from './decisions.server';
import { HOLDER_CHOICES, holderWords, isDecisionArea, isDecisionHolder } from './decisions-words';

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

export default function Decisions({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const values: Values = actionData?.values ?? {};
  const m = d.matrix;
  const title = TITLES[d.audience];
  const young = d.audience === 'YOUNG_PERSON';
  const carer = d.audience === 'CARER';
  const mine = m?.rows.filter((r) => r.holder === 'CARER') ?? [];
  const others = carer ? (m?.rows.filter((r) => r.holder !== 'CARER') ?? []) : (m?.rows ?? []);
  const pending = m?.requests.filter((r) => r.pending) ?? [];
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
      {m && young && (
        <p className="govuk-body">
          Some things about your life are decided by your carer, some by your social worker or your parents, and some by
          you. This is who decides what. If you think something should change, tell your social worker or your IRO.
        </p>
      )}
      {m && carer && (
        <>
          <p className="govuk-body">
            These are the everyday decisions for {d.givenName} that you can make yourself, and the ones where you need
            to ask someone first. If something should change, you can ask the social worker below.
          </p>
          <h2 className="govuk-heading-m">You can decide</h2>
          {mine.length === 0 ? (
            <p className="govuk-body">Nothing yet: ask the social worker first for every decision.</p>
          ) : (
            <SummaryList rows={mine.map((r) => ({ key: r.title, value: <RowDetail row={r} carer /> }))} />
          )}
          <h2 className="govuk-heading-m">Ask someone first</h2>
        </>
      )}
      {m && others.length > 0 && (
        <SummaryList
          rows={others.map((r) => ({
            key: r.title,
            value: (
              <>
                <p className="govuk-body govuk-!-margin-bottom-1">
                  <strong>
                    {young ? `${r.who} ${r.holder === 'YOUNG_PERSON' ? 'decide' : 'decides'}` : `${r.who} decides`}
                  </strong>
                </p>
                <RowDetail row={r} carer={false} />
              </>
            ),
          }))}
        />
      )}
      {m?.legalStatusNotice && <WarningText>{m.legalStatusNotice}</WarningText>}
      {m && (
        <p className="govuk-body-s">
          {young || d.audience === 'PARENT'
            ? `Last changed on ${m.changedOn}.`
            : `Version ${m.version}, saved on ${m.changedOn}${m.changedBy ? ` by ${m.changedBy}` : ''}: ${m.reason} Checked under legal status ${m.checkedUnder}.`}
        </p>
      )}
      {carer && (
        <>
          {d.nextReview && (
            <>
              <h2 className="govuk-heading-m">Next review</h2>
              <p className="govuk-body">
                {d.givenName}’s next review is due by {d.nextReview}. The review looks at these decisions again.
                {d.can.sendViews && (
                  <>
                    {' '}
                    <a className="govuk-link" href={`/children/${d.childId}/reviews`}>
                      Send your views before the review
                    </a>
                    .
                  </>
                )}
              </p>
            </>
          )}
        </>
      )}
      {m && m.requests.length > 0 && (carer || d.audience === 'PROFESSIONAL') && (
        <>
          <h2 className="govuk-heading-m">{carer ? 'Your requests' : 'Requests from the carer'}</h2>
          {m.requests.map((r) => (
            <div key={r.id} id={`request-${r.id}`} className="govuk-!-margin-bottom-6">
              <h3 className="govuk-heading-s">
                {r.title}: {r.who} <Tag text={r.status.text} colour={r.status.colour} />
              </h3>
              <SummaryList
                rows={[
                  { key: 'Asked on', value: `${r.on}${carer ? '' : ` by ${r.by}`}` },
                  { key: 'Why', value: r.why },
                  ...(r.conditions ? [{ key: 'Conditions', value: r.conditions }] : []),
                  ...(r.decisionReason ? [{ key: 'The social worker’s reason', value: r.decisionReason }] : []),
                ]}
              />
              {r.pending && d.can.decide && (
                <form method="post" noValidate>
                  <CsrfInput token={d.csrfToken} />
                  <input type="hidden" name="intent" value="decide" />
                  <input type="hidden" name="requestId" value={r.id} />
                  <input type="hidden" name="expectedVersion" value={m.version} />
                  <Textarea
                    id={`reason-${r.id}`}
                    label="Your reason"
                    hint="The carer reads it"
                    rows={3}
                    defaultValue={values.requestId === r.id ? values.reason : undefined}
                    error={fieldError(errors, `reason-${r.id}`)}
                  />
                  <DateInput
                    id={`parentAgreedOn-${r.id}`}
                    label="When did a parent agree? (optional)"
                    hint="Needed under section 20, where the parents keep parental responsibility. For example, 20 11 2026"
                    defaultValue={values.requestId === r.id ? values.parentAgreedOn : undefined}
                    error={fieldError(errors, `parentAgreedOn-${r.id}`)}
                  />
                  <div className="govuk-button-group">
                    <button
                      type="submit"
                      name="decision"
                      value="approve"
                      className="govuk-button"
                      data-module="govuk-button"
                    >
                      Approve
                    </button>
                    <button
                      type="submit"
                      name="decision"
                      value="decline"
                      className="govuk-button govuk-button--secondary"
                      data-module="govuk-button"
                    >
                      Decline
                    </button>
                  </div>
                </form>
              )}
            </div>
          ))}
        </>
      )}
      {d.can.request && m && (
        <>
          <h2 className="govuk-heading-m">Ask for a change</h2>
          {pending.length > 0 && (
            <p className="govuk-body">You have {pending.length} request waiting for the social worker.</p>
          )}
          <form method="post" noValidate>
            <CsrfInput token={d.csrfToken} />
            <input type="hidden" name="intent" value="request" />
            <Select
              id="area"
              label="Which decision?"
              choices={m.rows
                .filter((r) => !r.why?.startsWith('Fixed by law'))
                .map((r) => ({ value: r.area, text: r.title }))}
              selected={values.area}
              error={fieldError(errors, 'area')}
            />
            <Choices
              id="holder"
              type="radio"
              label="Who should decide?"
              choices={HOLDER_CHOICES.map((h) => ({ value: h, text: holderWords(h, 'CARER', d.givenName) }))}
              selected={values.holder ?? 'CARER'}
              error={fieldError(errors, 'holder')}
            />
            <Input
              id="conditions"
              label="On what conditions? (optional)"
              hint="For example, only with friends we know"
              defaultValue={values.conditions}
              error={fieldError(errors, 'conditions')}
            />
            <Textarea
              id="why"
              label="Why are you asking?"
              rows={3}
              defaultValue={values.why}
              error={fieldError(errors, 'why')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send request
            </button>
          </form>
        </>
      )}
      {d.can.change && m && (
        <>
          <h2 className="govuk-heading-m">Change a decision</h2>
          <form method="post" noValidate>
            <CsrfInput token={d.csrfToken} />
            <input type="hidden" name="intent" value="change" />
            <input type="hidden" name="expectedVersion" value={m.version} />
            <input type="hidden" name="legalStatus" value={d.legalStatus?.code ?? m.legalStatus} />
            <p className="govuk-body">
              Checked against the legal status recorded today:{' '}
              {d.legalStatus ? `${d.legalStatus.code} (${d.legalStatus.description})` : `none (${m.checkedUnder})`}.
            </p>
            <Select
              id="change-area"
              label="Which decision?"
              choices={m.rows.map((r) => ({ value: r.area, text: r.title }))}
              selected={values.area}
              error={fieldError(errors, 'change-area')}
            />
            <Choices
              id="change-holder"
              type="radio"
              label="Who decides?"
              choices={HOLDER_CHOICES.map((h) => ({ value: h, text: holderWords(h, 'PROFESSIONAL', d.givenName) }))}
              selected={values.holder}
              error={fieldError(errors, 'change-holder')}
            />
            <Input
              id="change-conditions"
              label="Conditions (optional)"
              defaultValue={values.conditions}
              error={fieldError(errors, 'change-conditions')}
            />
            <Input
              id="change-tellWho"
              label="Who must be told (optional)"
              defaultValue={values.tellWho}
              error={fieldError(errors, 'change-tellWho')}
            />
            <Textarea
              id="change-reasonNotDelegated"
              label="Why the carer does not hold it"
              hint="Needed whenever someone other than the carer decides"
              rows={2}
              defaultValue={values.reasonNotDelegated}
              error={fieldError(errors, 'change-reasonNotDelegated')}
            />
            <DateInput
              id="change-parentAgreedOn"
              label="When did a parent agree? (optional)"
              hint="Needed under section 20 for anything the parents do not decide. For example, 20 11 2026"
              defaultValue={values.parentAgreedOn}
              error={fieldError(errors, 'change-parentAgreedOn')}
            />
            <Textarea
              id="change-reason"
              label="Why is it changing?"
              hint="The carer and the IRO read it"
              rows={2}
              defaultValue={values.reason}
              error={fieldError(errors, 'change-reason')}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Save a new version
            </button>
          </form>
        </>
      )}
      {d.can.start && (
        <>
          <h2 className="govuk-heading-m">Record who decides what</h2>
          {d.legalStatus ? (
            <form method="post" noValidate>
              <CsrfInput token={d.csrfToken} />
              <input type="hidden" name="intent" value="start" />
              <input type="hidden" name="legalStatus" value={d.legalStatus.code} />
              <p className="govuk-body">
                Start from the defaults for {d.legalStatus.code} ({d.legalStatus.description}); then decide each request
                as the placement plan agrees.
              </p>
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Start from the defaults
              </button>
            </form>
          ) : (
            <WarningText>Record the child’s legal status first: the rules depend on it.</WarningText>
          )}
        </>
      )}
      {m && d.audience === 'PROFESSIONAL' && (
        <>
          <h2 className="govuk-heading-m">Confirmed at reviews</h2>
          {m.confirmations.length === 0 ? (
            <p className="govuk-body">No review has confirmed these decisions yet.</p>
          ) : (
            <ul className="govuk-list">
              {m.confirmations.map((c) => (
                <li key={`${c.version}-${c.on}`}>
                  Version {c.version} confirmed at the review held on {c.reviewHeldOn} (recorded {c.on})
                </li>
              ))}
            </ul>
          )}
          {d.can.confirm && d.confirmReview && (
            <form method="post" noValidate>
              <CsrfInput token={d.csrfToken} />
              <input type="hidden" name="intent" value="confirm" />
              <input type="hidden" name="reviewId" value={d.confirmReview.id} />
              <input type="hidden" name="version" value={m.version} />
              <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
                Confirm version {m.version} at the review held on {d.confirmReview.heldOn}
              </button>
            </form>
          )}
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Earlier versions</span>
            </summary>
            <div className="govuk-details__text">
              <ul className="govuk-list">
                {m.history.map((h) => (
                  <li key={h.version}>
                    Version {h.version}, {h.on}, {h.by}: {h.reason}
                  </li>
                ))}
              </ul>
            </div>
          </details>
        </>
      )}
    </>
  );
}

function RowDetail({
  row,
  carer,
}: {
  row: { conditions: string | null; tellWho: string | null; why: string | null; parentAgreedOn: string | null };
  carer: boolean;
}) {
  const lines = [
    row.conditions && (carer ? `As long as: ${row.conditions}` : `Conditions: ${row.conditions}`),
    row.tellWho && `Tell: ${row.tellWho}`,
    !carer && row.why && `Why: ${row.why}`,
    row.parentAgreedOn && `A parent agreed on ${row.parentAgreedOn}`,
  ].filter((l): l is string => !!l);
  if (lines.length === 0) return carer ? <>Yes</> : null;
  return (
    <ul className="govuk-list">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  );
}
