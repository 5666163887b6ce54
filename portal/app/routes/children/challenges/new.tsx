import { redirect } from 'react-router';
import type { Route } from './+types/new';
import { Choices, DateInput, Input, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import { fieldError } from '../../../components/field-error';
import { dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import type { ChallengeLevel } from '../../../graphql/generated/graphql';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { withSession } from '../../../session-route.server';
import { loadChallenges } from './challenges.server';

const RAISE = graphql(`
  mutation Raise($input: RaiseChallengeInput!, $idempotencyKey: String) {
    raiseChallenge(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const LEVELS: Record<ChallengeLevel, true> = { INFORMAL: true, ALERT: true, FORMAL: true };
const isLevel = (v: string | undefined): v is ChallengeLevel => !!v && Object.hasOwn(LEVELS, v);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const d = await loadChallenges(session, id);
  if (!d.can.raise) throw session.notFound();
  return session.reply({
    csrfToken: session.csrfToken,
    formKey: newFormKey(),
    childId: d.childId,
    name: d.name,
    stages: d.stages,
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const values = {
    concern: text(form, 'concern'),
    level: text(form, 'level', 20),
    raisedWith: text(form, 'raisedWith', 500),
    openedOn: dateFrom(form, 'openedOn'),
  };
  // Radios carry the level and, for a formal stage, its number: "FORMAL:2".
  const [level, stage] = values.level.split(':');
  const errors = [
    ...(isLevel(level) ? [] : [{ field: 'level', href: '#level', text: 'Choose the level the challenge starts at' }]),
    ...dateErrors([
      { field: 'openedOn', value: values.openedOn, name: 'The date the challenge was opened', required: true },
    ]),
  ];
  if (errors.length > 0 || !isLevel(level)) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(
    request,
    session.signedIn,
    RAISE,
    {
      input: {
        childId: id,
        concern: values.concern,
        level,
        stageOrdinal: stage ? Number(stage) : null,
        raisedWith: values.raisedWith,
        openedOn: values.openedOn,
      },
      idempotencyKey: postedFormKey(form),
    },
    { stageOrdinal: 'level', childId: 'concern' },
  );
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${id}/challenges/${outcome.data.raiseChallenge.id}`, { headers: session.headers });
}

export default function NewChallenge({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const values = actionData?.values;
  const choices = [
    { value: 'INFORMAL', text: 'Informal conversation', hint: 'Recorded, with no timer' },
    { value: 'ALERT', text: 'IRO alert', hint: 'A response is due within 10 working days' },
    ...d.stages.map((s) => ({
      value: `FORMAL:${s.ordinal}`,
      text: `Formal stage ${s.ordinal}: ${s.name}`,
      hint: `A response is due within ${s.workingDays} working days`,
    })),
  ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Raise a challenge – ${d.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">Raise a challenge</h1>
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <IdempotencyKeyInput value={d.formKey} />
          <Textarea
            id="concern"
            label="What is your concern?"
            hint="What the local authority has not done, or should do differently, for this child."
            defaultValue={values?.concern}
            error={fieldError(errors, 'concern')}
          />
          <Choices
            id="level"
            type="radio"
            label="Which level does it start at?"
            choices={choices}
            selected={values?.level}
            error={fieldError(errors, 'level')}
          />
          <Input
            id="raisedWith"
            label="Who is it raised with?"
            hint="A person or a role, for example the team manager"
            width="30"
            defaultValue={values?.raisedWith}
            error={fieldError(errors, 'raisedWith')}
          />
          <DateInput
            id="openedOn"
            label="Date raised"
            hint="For example, 23 11 2026"
            defaultValue={values?.openedOn}
            error={fieldError(errors, 'openedOn')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Raise challenge
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${d.childId}/challenges`}>
            Cancel
          </a>
        </p>
      </div>
    </div>
  );
}
