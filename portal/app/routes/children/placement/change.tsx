import { redirect } from 'react-router';
import type { Route } from './+types/change';
import { Choices, DateInput, Input, Select } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import { formatDate } from '../../../format.server';
import { type FormError, readForm, submit } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { withSession } from '../../../session-route.server';
import {
  PLACEMENT_FIELD_IDS,
  type PlacementFormValues,
  readPlacementForm,
  toPlacementFields,
} from './placement-form.server';
import { VISIT_REGIME_CHOICES } from './visit-regime-choices';
import { NO_PROVIDER } from './placement-words';

// The social worker starts a child's placement when there is none, or moves the child: the current placement
// ends the day the new one starts, with the SSDA903 reason for the change (DOMAIN.md §9), in one transaction in
// the graph. The codes offered and the households come from the graph (`placementChoices`), which only answers someone
// who may start a placement for this child; the page does not exist for anyone else.

const CHOICES_QUERY = graphql(`
  query PlacementChoicesForChange($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      viewerCan {
        do {
          startPlacement
        }
      }
      currentPlacement {
        id
        startDate
        placementTypeDescription
      }
      placementChoices {
        placementTypes {
          code
          description
        }
        providers {
          code
          description
        }
        reasonsForChange {
          code
          description
        }
        households {
          id
          name
          approvalTypeDescription
        }
      }
    }
  }
`);

const START = graphql(`
  mutation PortalStartPlacement($input: StartPlacementInput!, $idempotencyKey: String) {
    startPlacement(input: $input, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);

const CHANGE = graphql(`
  mutation PortalChangePlacement($input: ChangePlacementInput!) {
    changePlacement(input: $input) {
      id
    }
  }
`);

async function load(request: Request, params: Route.LoaderArgs['params']) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(CHOICES_QUERY, { id });
  const choices = child.placementChoices;
  if (!child.viewerCan.do.startPlacement || !choices) throw session.notFound();
  return { session, child, choices };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, child, choices } = await load(request, params);
  const current = child.currentPlacement;
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    formKey: newFormKey(),
    current: current && {
      id: current.id,
      kind: current.placementTypeDescription,
      since: formatDate(current.startDate),
    },
    choices,
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, child } = await load(request, params);
  const form = await readForm(request, session.signedIn);
  const values = readPlacementForm(form);
  // Which placement the person saw as current: a move made by someone else since is the graph's CONFLICT.
  const seenCurrent = form.get('currentPlacementId');
  const move = typeof seenCurrent === 'string' && seenCurrent !== '';
  const { fields, errors } = toPlacementFields(values, move);
  const answer = (status: 400 | 409, formErrors: FormError[], conflict: string | null = null) =>
    session.reply({ values, errors: formErrors, conflict }, { status });
  if (errors.length > 0) return answer(400, errors);
  const outcome = move
    ? await submit(
        request,
        session.signedIn,
        CHANGE,
        { input: { ...fields, placementId: seenCurrent, reasonForChange: values.reasonForChange } },
        PLACEMENT_FIELD_IDS,
      )
    : await submit(
        request,
        session.signedIn,
        START,
        { input: { ...fields, childId: child.id }, idempotencyKey: postedFormKey(form) },
        PLACEMENT_FIELD_IDS,
      );
  if (outcome.ok) throw redirect(`/children/${child.id}/placement`, { headers: session.headers });
  return answer(outcome.status, outcome.errors, outcome.conflict?.message ?? null);
}

const asChoices = (codes: Array<{ code: string; description: string }>) =>
  codes.map((c) => ({ value: c.code, text: `${c.code}: ${c.description}` }));

export default function ChangePlacement({ loaderData: d, actionData }: Route.ComponentProps) {
  const v: Partial<PlacementFormValues> = actionData?.values ?? {};
  const errors: FormError[] = actionData?.errors ?? [];
  const conflict = actionData?.conflict ?? null;
  const title = d.current ? 'Change placement' : 'Start a placement';
  const pick = { value: '', text: 'Choose' };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${title}: ${d.name}`} error={errors.length > 0 || conflict !== null} />
        <a href={`/children/${d.id}/placement`} className="govuk-back-link">
          Back to the placement
        </a>
        <ErrorSummary errors={errors} />
        {conflict && (
          <div className="govuk-error-summary" data-module="govuk-error-summary">
            <div role="alert">
              <h2 className="govuk-error-summary__title">The placement changed while you were filling this in</h2>
              <div className="govuk-error-summary__body">
                <p className="govuk-body">{conflict}</p>
                <p className="govuk-body">Nothing was saved. Go back to the placement to see it as it is now.</p>
              </div>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        {d.current && (
          <p className="govuk-body">
            The current placement ({d.current.kind}, since {d.current.since}) ends the day the new one starts.
          </p>
        )}
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <IdempotencyKeyInput value={d.formKey} />
          <input type="hidden" name="currentPlacementId" value={d.current?.id ?? ''} />
          {d.current && (
            <Select
              id="reasonForChange"
              label="Reason for the change"
              choices={[pick, ...asChoices(d.choices.reasonsForChange)]}
              selected={v.reasonForChange}
              error={fieldError(errors, 'reasonForChange')}
            />
          )}
          <Select
            id="householdId"
            label="Household"
            hint="Every approved carer of the household becomes the child’s carer"
            choices={[
              pick,
              ...d.choices.households.map((h) => ({ value: h.id, text: `${h.name} (${h.approvalTypeDescription})` })),
            ]}
            selected={v.householdId}
            error={fieldError(errors, 'householdId')}
          />
          <Select
            id="placementType"
            label="Type of placement"
            choices={[pick, ...asChoices(d.choices.placementTypes)]}
            selected={v.placementType}
            error={fieldError(errors, 'placementType')}
          />
          <Select
            id="providerCode"
            label="Provided by"
            hint="Leave as the household’s provider unless the placement is provided otherwise"
            choices={[
              { value: '', text: 'The household’s provider' },
              ...asChoices(d.choices.providers),
              { value: NO_PROVIDER, text: 'None (a temporary placement)' },
            ]}
            selected={v.providerCode}
            error={fieldError(errors, 'providerCode')}
          />
          <DateInput
            id="startDate"
            label="Date the placement starts"
            hint="For example, 23 11 2026. Not after today."
            defaultValue={v.startDate}
            error={fieldError(errors, 'startDate')}
          />
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Address of the placement</legend>
            <p className="govuk-body">Parents never see the address.</p>
            <Input id="line1" label="Address line 1" defaultValue={v.line1} error={fieldError(errors, 'line1')} />
            <Input
              id="line2"
              label="Address line 2 (optional)"
              defaultValue={v.line2}
              error={fieldError(errors, 'line2')}
            />
            <Input id="town" label="Town or city" width="20" defaultValue={v.town} error={fieldError(errors, 'town')} />
            <Input
              id="postcode"
              label="Postcode"
              width="10"
              defaultValue={v.postcode}
              error={fieldError(errors, 'postcode')}
            />
          </fieldset>
          <Input
            id="distanceFromHomeKm"
            label="Distance from the child’s home, in kilometres (optional)"
            width="10"
            defaultValue={v.distanceFromHomeKm}
            error={fieldError(errors, 'distanceFromHomeKm')}
          />
          <Choices
            id="intendedUntilEighteen"
            type="radio"
            label="Is the placement meant to last until the child is 18?"
            hint="After the first year, visits are then due every 3 months instead of every 6 weeks"
            choices={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
            selected={v.intendedUntilEighteen}
            error={fieldError(errors, 'intendedUntilEighteen')}
            small
          />
          <Choices
            id="visitRegime"
            type="radio"
            label="Which timetable do the social worker’s visits follow?"
            hint="The law sets how often the child must be visited. Most placements follow the usual timetable."
            choices={[...VISIT_REGIME_CHOICES]}
            selected={v.visitRegime ?? 'STANDARD'}
            error={fieldError(errors, 'visitRegime')}
            small
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            {d.current ? 'Change placement' : 'Start placement'}
          </button>
        </form>
      </div>
    </div>
  );
}
