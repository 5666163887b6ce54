import { redirect } from 'react-router';
import type { Route } from './+types/end';
import { DateInput, Select } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { formatDate } from '../../../format.server';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';

// The social worker ends the current placement without a next one (a move is "Change placement"), with the SSDA903
// reason the placement ended (REASON_PLACE_CHANGE, DOMAIN.md §9.1), shown in the placement history. Why the child
// left care is recorded on the period of care (the register's "End the period of care", SSDA903 REC); the graph
// refuses an unknown reason, an end before the start, after today, or of a placement someone else already ended
// (CONFLICT).

const END_QUERY = graphql(`
  query PlacementForEnd($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      viewerCan {
        do {
          endPlacement
        }
      }
      currentPlacement {
        id
        startDate
        placementTypeDescription
      }
      placementChoices {
        reasonsForChange {
          code
          description
        }
      }
    }
  }
`);

const END = graphql(`
  mutation PortalEndPlacement($input: EndPlacementInput!) {
    endPlacement(input: $input) {
      id
    }
  }
`);

async function load(request: Request, params: Route.LoaderArgs['params']) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(END_QUERY, { id });
  const placement = child.currentPlacement;
  if (!child.viewerCan.do.endPlacement || !placement) throw session.notFound();
  return { session, child, placement };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, child, placement } = await load(request, params);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    csrfToken: session.csrfToken,
    placementId: placement.id,
    kind: placement.placementTypeDescription,
    since: formatDate(placement.startDate),
    reasons: (child.placementChoices?.reasonsForChange ?? []).map((c) => ({
      value: c.code,
      text: `${c.code}: ${c.description}`,
    })),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, child } = await load(request, params);
  const form = await readForm(request, session.signedIn);
  const endDate = dateFrom(form, 'endDate');
  const reasonForChange = text(form, 'reasonForChange', 10);
  const seen = form.get('placementId');
  const answer = (status: 400 | 409, errors: FormError[], conflict: string | null = null) =>
    session.reply({ endDate, reasonForChange, errors, conflict }, { status });
  const errors = dateErrors([
    { field: 'endDate', value: endDate, name: 'The date the placement ended', required: true },
  ]);
  if (!reasonForChange) {
    errors.push({ field: 'reasonForChange', href: '#reasonForChange', text: 'Choose the reason the placement ended' });
  }
  if (errors.length > 0) return answer(400, errors);
  const outcome = await submit(request, session.signedIn, END, {
    input: { placementId: typeof seen === 'string' ? seen : '', endDate, reasonForChange },
  });
  if (outcome.ok) throw redirect(`/children/${child.id}/placement`, { headers: session.headers });
  return answer(outcome.status, outcome.errors, outcome.conflict?.message ?? null);
}

export default function EndPlacement({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const conflict = actionData?.conflict ?? null;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`End the placement: ${d.name}`} error={errors.length > 0 || conflict !== null} />
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
              </div>
            </div>
          </div>
        )}
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">End the placement</h1>
        <p className="govuk-body">
          {d.kind}, since {d.since}. To move the child to another placement, change the placement instead.
        </p>
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <input type="hidden" name="placementId" value={d.placementId} />
          <DateInput
            id="endDate"
            label="Date the placement ended"
            hint="For example, 23 11 2026. Not after today."
            defaultValue={actionData?.endDate}
            error={fieldError(errors, 'endDate')}
          />
          <Select
            id="reasonForChange"
            label="Reason the placement ended"
            hint="The SSDA903 reason, as the return records it"
            choices={[{ value: '', text: 'Choose' }, ...d.reasons]}
            selected={actionData?.reasonForChange}
            error={fieldError(errors, 'reasonForChange')}
          />
          <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
            End placement
          </button>
        </form>
      </div>
    </div>
  );
}
