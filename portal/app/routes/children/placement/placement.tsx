import type { Route } from './+types/placement';
import { Choices, DateInput } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, SummaryList, TableHead, Tag } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { TableScroll } from '../../../components/table-scroll';
import { formatDate } from '../../../format.server';
import { dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { householdRows } from './household.server';
import { PLAN_STATUS_WORDS, lengthInWords, visitLine } from './placement.server';

// Where the child lives: stability, the placement plan (CPPCR reg 9, DOMAIN.md §2.2) and the social worker's
// reg 28 visits. The graph decides what is here: a parent gets no address, plan, school or visits, a carer only
// their own placement's; the visit form shows only when viewerCan says this person may record one.

const PLACEMENT_QUERY = graphql(`
  query ChildPlacement($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      viewerCan {
        do {
          recordSocialWorkerVisit
          startPlacement
          endPlacement
          recordPlacementPlan
        }
      }
      placementStability {
        placementsInLast12Months
        currentPlacementDays
      }
      currentPlacement {
        id
        placementTypeDescription
        providerDescription
        startDate
        distanceFromHomeKm
        household {
          name
          approvalTypeDescription
          provider {
            name
            kind
          }
          carers {
            displayName
          }
        }
        address {
          line1
          town
          postcode
        }
        placementPlanDue {
          dueBy
          status
          basis
        }
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
        visits {
          visitedOn
          seenAlone
        }
        nextVisit {
          dueBy
          overdue
          basis
        }
      }
      placements {
        id
        placementTypeDescription
        startDate
        endDate
        reasonForChangeDescription
      }
    }
  }
`);

const RECORD_VISIT = graphql(`
  mutation PortalRecordVisit($input: RecordSocialWorkerVisitInput!) {
    recordSocialWorkerVisit(input: $input) {
      visitedOn
    }
  }
`);

async function load(request: Request, params: { id: string }) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(PLACEMENT_QUERY, { id });
  const p = child.currentPlacement;
  const plan = p?.placementPlan;
  return {
    session,
    data: {
      id: child.id,
      name: `${child.givenName} ${child.familyName}`,
      placementId: p?.id ?? null,
      canRecordVisit: child.viewerCan.do.recordSocialWorkerVisit,
      canStart: child.viewerCan.do.startPlacement,
      canEnd: child.viewerCan.do.endPlacement && p !== null,
      canWritePlan: child.viewerCan.do.recordPlacementPlan && p !== null,
      stability: child.placementStability && {
        inYear: child.placementStability.placementsInLast12Months,
        length:
          child.placementStability.currentPlacementDays === null
            ? null
            : lengthInWords(child.placementStability.currentPlacementDays),
      },
      current: p && {
        kind: p.placementTypeDescription,
        provider: p.providerDescription,
        since: formatDate(p.startDate),
        household: householdRows(p.household ?? null),
        distance: p.distanceFromHomeKm === null ? null : `${p.distanceFromHomeKm} km`,
        address: p.address && [p.address.line1, p.address.town, p.address.postcode].join(', '),
        planDue: p.placementPlanDue && {
          dueBy: formatDate(p.placementPlanDue.dueBy),
          tag: PLAN_STATUS_WORDS[p.placementPlanDue.status],
          basis: p.placementPlanDue.basis,
        },
        plan: plan && {
          agreedOn: plan.agreedOn ? formatDate(plan.agreedOn) : 'Not yet agreed',
          rows: [
            { key: 'Day-to-day care', value: plan.dayToDayCare },
            { key: 'Family time', value: plan.contactArrangements },
            { key: 'Health and dental care', value: plan.healthCare },
            { key: 'Education', value: plan.education },
            ...(plan.school ? [{ key: 'School', value: plan.school }] : []),
            { key: 'Visits and support', value: plan.visitsAndSupport },
            { key: 'When the placement may end', value: plan.endingArrangements },
            { key: 'Money', value: plan.finances },
          ],
        },
        visits: p.visits.map(visitLine),
        nextVisit: p.nextVisit && {
          dueBy: formatDate(p.nextVisit.dueBy),
          overdue: p.nextVisit.overdue,
          basis: p.nextVisit.basis,
        },
      },
      history: child.placements.map((h) => ({
        id: h.id,
        kind: h.placementTypeDescription,
        from: formatDate(h.startDate),
        to: h.endDate ? formatDate(h.endDate) : 'Now',
        why: h.reasonForChangeDescription ?? '',
      })),
    },
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const { session, data } = await load(request, params);
  return session.reply({ ...data, csrfToken: session.csrfToken });
}

export async function action({ request, params }: Route.ActionArgs) {
  const { session, data } = await load(request, params);
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
          {c.planDue && (
            <>
              <h2 className="govuk-heading-m">Placement plan</h2>
              <p className="govuk-body">
                <Tag text={c.planDue.tag.text} colour={c.planDue.tag.colour} /> Due by {c.planDue.dueBy}
              </p>
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">Why this date</span>
                </summary>
                <div className="govuk-details__text">{c.planDue.basis}</div>
              </details>
              {c.plan ? (
                <>
                  <p className="govuk-body">Agreed: {c.plan.agreedOn}</p>
                  <SummaryList rows={c.plan.rows} />
                </>
              ) : (
                <p className="govuk-body">No placement plan has been written yet.</p>
              )}
              {d.canWritePlan && (
                <p className="govuk-body">
                  <a className="govuk-link" href={`/children/${d.id}/placement/plan`}>
                    {c.plan ? 'Update the placement plan' : 'Write the placement plan'}
                  </a>
                </p>
              )}
            </>
          )}
          {c.nextVisit && (
            <>
              <h2 className="govuk-heading-m">Social worker visits</h2>
              <p className="govuk-body">
                {c.nextVisit.overdue && <Tag text="Overdue" colour="red" />} Next visit due by {c.nextVisit.dueBy}
              </p>
              <details className="govuk-details">
                <summary className="govuk-details__summary">
                  <span className="govuk-details__summary-text">Why this date</span>
                </summary>
                <div className="govuk-details__text">{c.nextVisit.basis}</div>
              </details>
              {c.visits.length > 0 ? (
                <ul className="govuk-list govuk-list--bullet">
                  {c.visits.map((v) => (
                    <li key={v}>{v}</li>
                  ))}
                </ul>
              ) : (
                <p className="govuk-body">No visit recorded in this placement yet.</p>
              )}
            </>
          )}
          {d.canRecordVisit && (
            <form method="post" noValidate>
              <CsrfInput token={d.csrfToken} />
              <h3 className="govuk-heading-s">Record a visit</h3>
              <DateInput
                id="visitedOn"
                label="Date of the visit"
                hint="For example, 23 11 2026"
                defaultValue={values?.visitedOn}
                error={fieldError(errors, 'visitedOn')}
              />
              <Choices
                id="seenAlone"
                type="radio"
                label="Was the child seen alone?"
                choices={[
                  { value: 'yes', text: 'Yes' },
                  { value: 'no', text: 'No' },
                ]}
                selected={values?.seenAlone}
                error={fieldError(errors, 'seenAlone')}
              />
              <button type="submit" className="govuk-button" data-module="govuk-button">
                Record visit
              </button>
            </form>
          )}
        </>
      ) : (
        <p className="govuk-body">There is no current placement to show.</p>
      )}
      {d.history.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Placements</h2>
          <TableScroll label="Placement history">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Placement history</caption>
              <TableHead columns={['Type', 'From', 'To', 'Why it changed']} />
              <tbody className="govuk-table__body">
                {d.history.map((h) => (
                  <tr className="govuk-table__row" key={h.id}>
                    <td className="govuk-table__cell">{h.kind}</td>
                    <td className="govuk-table__cell">{h.from}</td>
                    <td className="govuk-table__cell">{h.to}</td>
                    <td className="govuk-table__cell">{h.why}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </>
  );
}
