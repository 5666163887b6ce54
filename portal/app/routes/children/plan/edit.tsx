import { redirect } from 'react-router';
import type { Route } from './+types/edit';
import { Choices, DateInput, Input, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, readForm, submit } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { canSaveCarePlan } from '../../../viewer';
import {
  DIMENSIONS,
  MAX_ACTION_ROWS,
  NONE,
  PERMANENCE_PLANS,
  changedLabel,
  dimensionLabel,
  planLabel,
} from './care-plan-words';
import {
  type PlanFormValues,
  changeRows,
  formValuesFrom,
  planIntent,
  readPlanForm,
  toCarePlanInput,
} from './care-plan.server';
import { ProfessionalsOnlyHint } from '../../../components/professionals-only-hint';

const EDIT_QUERY = graphql(`
  query CarePlanForEdit($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      carePlan {
        ...CarePlanVersionFields
      }
    }
  }
`);

const CURRENT_QUERY = graphql(`
  query CarePlanHead($id: ID!) {
    child(id: $id) {
      carePlan {
        number
        savedBy {
          displayName
        }
      }
    }
  }
`);

const SAVE = graphql(`
  mutation SaveCarePlan($input: CarePlanInput!) {
    saveCarePlan(input: $input) {
      number
    }
  }
`);

interface Conflict {
  message: string;
  changed: string[];
  currentVersion: number | null;
}

async function loadChild(request: Request, params: Route.LoaderArgs['params']) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(EDIT_QUERY, { id });
  // Only the allocated social worker writes the plan; for anyone else this page does not exist.
  if (!canSaveCarePlan(child)) throw session.notFound();
  return { session, child };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, child } = await loadChild(request, params);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    values: formValuesFrom(child.carePlan),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, child } = await loadChild(request, params);
  const form = await readForm(request, session.signedIn);
  const values = readPlanForm(form);
  const intent = planIntent(form);
  // "Add another action" and "Remove" only change the form: shown again with what was typed, nothing saved.
  // After "Add another action", focus lands on the new row's first field (GOV.UK's add-another pattern), by the
  // server-rendered autofocus attribute, so it works without JavaScript and the page reloads where the person is.
  if (intent.kind !== 'save') {
    const changed = changeRows(values, intent);
    const added = changed.actions.length > values.actions.length;
    const focus = added ? `action-${changed.actions.length}-description` : null;
    return session.reply({ values: changed, errors: [], conflict: null, focus });
  }
  const { input, fieldIds, errors } = toCarePlanInput(child.id, values);
  const answer = (status: 400 | 409, formErrors: FormError[], conflict: Conflict | null, shown = values) =>
    session.reply({ values: shown, errors: formErrors, conflict, focus: null }, { status });
  if (errors.length > 0) return answer(400, errors, null);
  const outcome = await submit(request, session.signedIn, SAVE, { input }, fieldIds);
  if (outcome.ok) throw redirect(`/children/${child.id}/plan`, { headers: session.headers });
  if (!outcome.conflict) return answer(outcome.status, outcome.errors, null);
  // The person's edits stay in the form; the hidden version moves to the one now current, so saving again
  // (after looking at what changed) is a deliberate replacement, not a silent overwrite.
  const { data: head } = await session.query(CURRENT_QUERY, { id: child.id });
  const currentVersion = head.child?.carePlan?.number ?? null;
  return answer(
    409,
    [],
    { ...outcome.conflict, currentVersion },
    { ...values, expectedVersion: currentVersion ?? values.expectedVersion },
  );
}

const planChoices = (none: string) => [
  { value: NONE, text: none },
  ...PERMANENCE_PLANS.map((p) => ({ value: p, text: planLabel(p) ?? p })),
];

export default function ChildPlanEdit({ loaderData, actionData }: Route.ComponentProps) {
  const values: PlanFormValues = actionData?.values ?? loaderData.values;
  const errors: FormError[] = actionData?.errors ?? [];
  const conflict: Conflict | null = actionData?.conflict ?? null;
  const focus: string | null = actionData?.focus ?? null;
  const id = loaderData.id;
  const title = values.expectedVersion === 0 && !conflict ? 'Write the care plan' : 'Update the care plan';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${title}: ${loaderData.name}`} error={errors.length > 0 || conflict !== null} />
        <a href={`/children/${id}/plan`} className="govuk-back-link">
          Back to the care plan
        </a>
        <ErrorSummary errors={errors} />
        {conflict && (
          <div className="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">
                Someone else saved this care plan while you were editing it
              </h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{conflict.message}</p>
                {conflict.changed.length > 0 && (
                  <>
                    <p className="govuk-body">What they changed:</p>
                    <ul className="govuk-list govuk-list--bullet">
                      {conflict.changed.map((c) => (
                        <li key={c}>{changedLabel(c)}</li>
                      ))}
                    </ul>
                  </>
                )}
                <p className="govuk-body">
                  Your changes are still in the form below and have not been saved.
                  {conflict.currentVersion !== null && (
                    <>
                      {' '}
                      <a
                        className="govuk-link"
                        href={`/children/${id}/plan/versions/${conflict.currentVersion}`}
                        target="_blank"
                        rel="noreferrer"
                      >
                        View version {conflict.currentVersion} (opens in new tab)
                      </a>
                      , then save again to replace it with your version.
                    </>
                  )}
                </p>
              </div>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{loaderData.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <p className="govuk-body">Saving makes a new version of the plan. Earlier versions stay readable.</p>
        <ProfessionalsOnlyHint />
        {/* One page, in three headed groups (permanence, actions, arrangements) rather than a page each: a
            version of the plan is saved whole (its number guards against a colleague's save in between), so
            splitting it over pages would hold a half-made version in the session. GOV.UK's "add another" pattern
            gives the actions: each button posts the form and it comes back with what was typed kept. */}
        <form method="post" noValidate>
          {/* Enter in a text field presses the form's first submit button: make that "save", not "Remove action 1". */}
          <button type="submit" name="intent" value="save" hidden tabIndex={-1} aria-hidden="true" />
          <CsrfInput token={loaderData.csrfToken} />
          <input type="hidden" name="expectedVersion" value={values.expectedVersion} />

          <h2 className="govuk-heading-m">Permanence</h2>
          <Choices
            id="permanencePlan"
            type="radio"
            label="Permanence plan"
            hint="Where the child will grow up. It should be decided by the second review."
            choices={planChoices('Not decided yet')}
            selected={values.permanencePlan}
            error={fieldError(errors, 'permanencePlan')}
          />
          <Choices
            id="parallelPlan"
            type="radio"
            label="Parallel plan (optional)"
            hint="A second plan worked on at the same time. It must be different from the permanence plan."
            choices={planChoices('No parallel plan')}
            selected={values.parallelPlan}
            error={fieldError(errors, 'parallelPlan')}
            small
          />

          <h2 className="govuk-heading-m">Actions to achieve the plan</h2>
          <p className="govuk-body">Add each action: what will be done, who owns it and when it is due.</p>
          <input type="hidden" name="actionRows" value={values.actions.length} />
          {values.actions.map((row, i) => {
            const n = i + 1;
            const f = (part: string) => `action-${n}-${part}`;
            return (
              <fieldset className="govuk-fieldset govuk-!-margin-bottom-6" key={n}>
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Action {n}</legend>
                <Textarea
                  id={f('description')}
                  label="What will be done"
                  rows={2}
                  defaultValue={row.description}
                  error={fieldError(errors, f('description'))}
                  autoFocus={focus === f('description')}
                />
                <Choices
                  id={f('concerns')}
                  type="radio"
                  label="What does it concern?"
                  choices={[
                    { value: 'PERMANENCE', text: 'Permanence' },
                    { value: 'ARRANGEMENTS', text: 'Arrangements for current needs' },
                  ]}
                  selected={row.concerns}
                  error={fieldError(errors, f('concerns'))}
                  small
                />
                <Input
                  id={f('owner')}
                  label="Owner"
                  hint="A person or a role"
                  width="20"
                  defaultValue={row.owner}
                  error={fieldError(errors, f('owner'))}
                />
                <DateInput
                  id={f('due')}
                  label="Due by (optional)"
                  hint="For example, 27 3 2027"
                  defaultValue={row.dueDate}
                  error={fieldError(errors, f('due'))}
                />
                <button
                  type="submit"
                  name="intent"
                  value={`remove-${n}`}
                  className="govuk-button govuk-button--warning govuk-!-margin-bottom-0"
                  data-module="govuk-button"
                >
                  Remove<span className="govuk-visually-hidden"> action {n}</span>
                </button>
              </fieldset>
            );
          })}
          {values.actions.length < MAX_ACTION_ROWS && (
            <button
              type="submit"
              name="intent"
              value="add"
              className="govuk-button govuk-button--secondary"
              data-module="govuk-button"
            >
              Add another action
            </button>
          )}

          <h2 className="govuk-heading-m">Arrangements for the child’s needs</h2>
          {DIMENSIONS.map((d) => (
            <Textarea
              key={d}
              id={`arrangement-${d}`}
              label={dimensionLabel(d)}
              rows={3}
              defaultValue={values.arrangements[d] ?? ''}
              error={fieldError(errors, `arrangement-${d}`)}
            />
          ))}

          <button type="submit" name="intent" value="save" className="govuk-button" data-module="govuk-button">
            Save a new version
          </button>
        </form>
      </div>
    </div>
  );
}
