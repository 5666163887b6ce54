import { data, redirect } from 'react-router';
import type { Route } from './+types/new';
import { Choices, DateInput, Input, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { loadChallenges, notFound } from './challenges.server';
import { isRouteId } from '../../../route-id';
import { dateFrom, readForm, submit, text } from '../../../forms.server';
import { fieldError } from '../../../components/field-error';
import { auth } from '../../../services.server';

const RAISE = `mutation Raise($input: RaiseChallengeInput!) { raiseChallenge(input: $input) { id } }`;

export async function loader({ request, params }: Route.LoaderArgs) {
  const signedIn = await auth().requireUser(request);
  if (!isRouteId(params.id)) throw notFound(signedIn.headers);
  const d = await loadChallenges(request, signedIn, params.id);
  if (!d.isIro) throw notFound(signedIn.headers);
  return data({ csrfToken: signedIn.csrfToken, childId: d.childId, name: d.name, stages: d.stages }, { headers: signedIn.headers });
}

export async function action({ request, params }: Route.ActionArgs) {
  const signedIn = await auth().requireUser(request);
  if (!isRouteId(params.id)) throw notFound(signedIn.headers);
  const form = await readForm(request, signedIn);
  const values = {
    concern: text(form, 'concern'),
    level: text(form, 'level', 20),
    raisedWith: text(form, 'raisedWith', 500),
    openedOn: dateFrom(form, 'openedOn'),
  };
  // Radios carry the level and, for a formal stage, its number: "FORMAL:2".
  const [level, stage] = values.level.split(':');
  if (!level) {
    return data(
      { values, errors: [{ field: 'level', href: '#level', text: 'Choose the level the challenge starts at' }] },
      { status: 400, headers: signedIn.headers },
    );
  }
  const outcome = await submit<{ raiseChallenge: { id: string } }>(
    request,
    signedIn,
    RAISE,
    {
      input: {
        childId: params.id,
        concern: values.concern,
        level,
        stageOrdinal: stage ? Number(stage) : null,
        raisedWith: values.raisedWith,
        openedOn: values.openedOn,
      },
    },
    { stageOrdinal: 'level', childId: 'concern' },
  );
  if (!outcome.ok) return data({ values, errors: outcome.errors }, { status: outcome.status, headers: signedIn.headers });
  return redirect(`/children/${params.id}/challenges/${outcome.data.raiseChallenge.id}`, { headers: signedIn.headers });
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
          <Textarea id="concern" label="What is your concern?" hint="What the local authority has not done, or should do differently, for this child."
            defaultValue={values?.concern} error={fieldError(errors, 'concern')} />
          <Choices id="level" type="radio" label="Which level does it start at?" choices={choices} selected={values?.level}
            error={fieldError(errors, 'level')} />
          <Input id="raisedWith" label="Who is it raised with?" hint="A person or a role, for example the team manager" width="30"
            defaultValue={values?.raisedWith} error={fieldError(errors, 'raisedWith')} />
          <DateInput id="openedOn" label="Date raised" hint="For example, 23 11 2026" defaultValue={values?.openedOn}
            error={fieldError(errors, 'openedOn')} />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Raise challenge
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${d.childId}/challenges`}>Cancel</a>
        </p>
      </div>
    </div>
  );
}
