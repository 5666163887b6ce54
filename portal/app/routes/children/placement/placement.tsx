import type { Route } from './+types/placement';
import { ErrorSummary, PageTitle, SummaryList } from '../../../components/govuk';
import { dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { loadPlacementPage } from './placement-page.server';
import { PlacementHistory } from './placement-history';
import { PlanSection } from './plan-section';
import { RecordVisitForm, VisitsSection } from './visits-section';

// Where the child lives: stability, the placement plan (CPPCR reg 9, DOMAIN.md §2.2) and the social worker's
// reg 28 visits. The graph decides what is here: a parent gets no address, plan, school or visits, a carer only
// their own placement's; the visit form shows only when viewerCan says this person may record one.

const RECORD_VISIT = graphql(`
  mutation PortalRecordVisit($input: RecordSocialWorkerVisitInput!) {
    recordSocialWorkerVisit(input: $input) {
      visitedOn
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, data } = await loadPlacementPage(request, params);
  return session.reply({ ...data, csrfToken: session.csrfToken });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, data } = await loadPlacementPage(request, params);
  if (!data.canRecordVisit || !data.placementId) throw session.notFound();
  const form = await readForm(request, session.signedIn);
  const values = { visitedOn: dateFrom(form, 'visitedOn'), seenAlone: text(form, 'seenAlone', 5) };
  const errors = [
    ...dateErrors([{ field: 'visitedOn', value: values.visitedOn, name: 'The date of the visit', required: true }]),
    ...(values.seenAlone === 'yes' || values.seenAlone === 'no'
      ? []
      : [{ field: 'seenAlone', href: '#seenAlone', text: 'Say whether the child was seen alone' }]),
  ];
  if (errors.length > 0) return session.reply({ values, errors, recorded: false }, { status: 400 });
  const outcome = await submit(request, session.signedIn, RECORD_VISIT, {
    input: { placementId: data.placementId, visitedOn: values.visitedOn, seenAlone: values.seenAlone === 'yes' },
  });
  if (!outcome.ok)
    return session.reply({ values, errors: outcome.errors, recorded: false }, { status: outcome.status });
  return session.reply({ values: undefined, errors: [], recorded: true });
}

export default function ChildPlacement({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const values = actionData?.values;
  const c = d.current;
  return (
    <>
      <PageTitle title={`Where ${d.name} lives`} error={errors.length > 0} />
      <a href={`/children/${d.id}`} className="govuk-back-link">
        Back to {d.name}’s page
      </a>
      <ErrorSummary errors={errors} />
      <span className="govuk-caption-l">{d.name}</span>
      <h1 className="govuk-heading-l">Placement</h1>
      {actionData?.recorded && (
        <div className="govuk-notification-banner govuk-notification-banner--success" role="alert">
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">Visit recorded</p>
          </div>
        </div>
      )}
      {d.stability && (
        <SummaryList
          rows={[
            { key: 'Placements in the last 12 months', value: String(d.stability.inYear) },
            { key: 'In this placement for', value: d.stability.length ?? 'No current placement' },
          ]}
        />
      )}
      {(d.canStart || d.canEnd) && (
        <ul className="govuk-list">
          {d.canStart && (
            <li>
              <a className="govuk-link" href={`/children/${d.id}/placement/change`}>
                {c ? 'Change placement' : 'Start a placement'}
              </a>
            </li>
          )}
          {d.canEnd && (
            <li>
              <a className="govuk-link" href={`/children/${d.id}/placement/end`}>
                End the placement
              </a>
            </li>
          )}
        </ul>
      )}
      {c ? (
        <>
          <h2 className="govuk-heading-m">Now</h2>
          <SummaryList
            rows={[
              { key: 'Type', value: c.kind },
              ...c.household,
              ...(c.provider ? [{ key: 'Provided by', value: c.provider }] : []),
              { key: 'Since', value: c.since },
              ...(c.address ? [{ key: 'Address', value: c.address }] : []),
              ...(c.distance ? [{ key: 'Distance from home', value: c.distance }] : []),
            ]}
          />
          {c.planDue && <PlanSection c={c} planDue={c.planDue} childId={d.id} canWritePlan={d.canWritePlan} />}
          {c.nextVisit && <VisitsSection nextVisit={c.nextVisit} visits={c.visits} />}
          {d.canRecordVisit && <RecordVisitForm csrfToken={d.csrfToken} values={values} errors={errors} />}
        </>
      ) : (
        <p className="govuk-body">There is no current placement to show.</p>
      )}
      {d.history.length > 0 && <PlacementHistory history={d.history} />}
    </>
  );
}
