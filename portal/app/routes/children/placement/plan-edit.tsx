import { redirect } from 'react-router';
import type { Route } from './+types/plan-edit';
import { DateInput, Input, Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, readForm, submit } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { type PlanFormValues, planFormValues, readPlanForm, toPlanInput } from './plan-form.server';
import { PLAN_PARTS, planFieldLabel } from './plan-parts';

// The social worker writes or updates the placement plan of the child's current placement (CPPCR reg 9,
// DOMAIN.md §2.2). Only someone the graph says may record it sees this page; the graph refuses a plan for an
// ended placement and a save over a newer version (CONFLICT naming what changed), and the form keeps every word.

const PLAN_QUERY = graphql(`
  query PlacementPlanForEdit($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      viewerCan {
        do {
          recordPlacementPlan
        }
      }
      currentPlacement {
        id
        placementPlan {
          version
          agreedOn
          dayToDayCare
          contactArrangements
          healthCare
          education
          school
          visitsAndSupport
          endingArrangements
          finances
        }
      }
    }
  }
`);

const SAVE_PLAN = graphql(`
  mutation PortalSavePlacementPlan($input: SavePlacementPlanInput!) {
    savePlacementPlan(input: $input) {
      version
    }
  }
`);

interface Conflict {
  message: string;
  changed: string[];
}

async function load(request: Request, params: Route.LoaderArgs['params']) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(PLAN_QUERY, { id });
  const placement = child.currentPlacement;
  if (!child.viewerCan.do.recordPlacementPlan || !placement) throw session.notFound();
  return { session, child, placement };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, child, placement } = await load(request, params);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    values: planFormValues(placement.placementPlan),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, child, placement } = await load(request, params);
  const form = await readForm(request, session.signedIn);
  const values = readPlanForm(form);
  const { input, errors } = toPlanInput(placement.id, values);
  const answer = (status: 400 | 409, formErrors: FormError[], conflict: Conflict | null, shown = values) =>
    session.reply({ values: shown, errors: formErrors, conflict }, { status });
  if (errors.length > 0) return answer(400, errors, null);
  const outcome = await submit(request, session.signedIn, SAVE_PLAN, { input });
  if (outcome.ok) throw redirect(`/children/${child.id}/placement`, { headers: session.headers });
  if (!outcome.conflict) return answer(outcome.status, outcome.errors, null);
  // The edits stay in the form and the hidden version moves to the one now saved, so saving again after reading
  // what changed is a deliberate replacement, never a silent overwrite.
  return answer(409, [], outcome.conflict, {
    ...values,
    expectedVersion: placement.placementPlan?.version ?? values.expectedVersion,
  });
}

export default function PlacementPlanEdit({ loaderData, actionData }: Route.ComponentProps) {
  const values: PlanFormValues = actionData?.values ?? loaderData.values;
  const errors: FormError[] = actionData?.errors ?? [];
  const conflict = actionData?.conflict ?? null;
  const title = loaderData.values.expectedVersion === 0 ? 'Write the placement plan' : 'Update the placement plan';
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${title}: ${loaderData.name}`} error={errors.length > 0 || conflict !== null} />
        <a href={`/children/${loaderData.id}/placement`} className="govuk-back-link">
          Back to the placement
        </a>
        <ErrorSummary errors={errors} />
        {conflict && (
          <div className="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">
                Someone else saved this placement plan while you were editing it
              </h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{conflict.message}</p>
                {conflict.changed.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet">
                    {conflict.changed.map((c) => (
                      <li key={c}>{planFieldLabel(c)}</li>
                    ))}
                  </ul>
                )}
                <p className="govuk-body">
                  Your words are still in the form below and have not been saved. Save again to replace their version.
                </p>
              </div>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{loaderData.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <form method="post" noValidate>
          <CsrfInput token={loaderData.csrfToken} />
          <input type="hidden" name="expectedVersion" value={values.expectedVersion} />
          {PLAN_PARTS.map((p) => (
            <Textarea
              key={p.id}
              id={p.id}
              label={p.label}
              hint={p.hint}
              rows={3}
              defaultValue={values[p.id]}
              error={fieldError(errors, p.id)}
            />
          ))}
          <Input
            id="school"
            label="School (optional)"
            hint="Parents never see this"
            defaultValue={values.school}
            error={fieldError(errors, 'school')}
          />
          <DateInput
            id="agreedOn"
            label="Date agreed with the carer (optional)"
            hint="For example, 23 11 2026"
            defaultValue={values.agreedOn}
            error={fieldError(errors, 'agreedOn')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save the placement plan
          </button>
        </form>
      </div>
    </div>
  );
}
