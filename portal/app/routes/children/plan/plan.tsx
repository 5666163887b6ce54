import type { Route } from './+types/plan';
import { TableScroll } from '../../../components/table-scroll';
import { PlanDetails, PROFESSIONAL_WORDS, YOUNG_PERSON_WORDS } from '../../../components/care-plan';
import { PageTitle, TableHead, WarningText } from '../../../components/govuk';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { canSaveCarePlan, speaksToYoungPerson } from '../../../viewer';
import { formatSavedAt, planView } from './care-plan.server';

const PLAN_QUERY = graphql(`
  query CarePlan($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      carePlan {
        ...CarePlanVersionFields
      }
      carePlanVersions {
        number
        savedAt
        savedBy {
          displayName
        }
      }
      carePlanFlags {
        code
        message
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child, errors } = await session.child(PLAN_QUERY, { id });
  const young = speaksToYoungPerson(child);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    young,
    // The graph refuses anyone else's save; the link is only offered to the person who can use it.
    canEdit: canSaveCarePlan(child),
    plan: child.carePlan && planView(child.carePlan, young ? 'young' : 'professional'),
    flags: child.carePlanFlags ?? [],
    versions: child.carePlanVersions.map((v) => ({
      number: v.number,
      savedAt: formatSavedAt(v.savedAt),
      savedBy: v.savedBy?.displayName ?? 'Unknown',
    })),
    partial: errors.length > 0,
  });
}

export default function ChildPlan({ loaderData: p }: Route.ComponentProps) {
  const title = p.young ? 'Your plan' : 'Care plan';
  const words = p.young ? YOUNG_PERSON_WORDS : PROFESSIONAL_WORDS;
  return (
    <>
      <PageTitle title={p.young ? title : `${title}: ${p.name}`} />
      <a href={`/children/${p.id}`} className="govuk-back-link">
        {p.young ? 'Back to your page' : `Back to ${p.name}’s record`}
      </a>
      {!p.young && <span className="govuk-caption-l">{p.name}</span>}
      <h1 className="govuk-heading-l">{title}</h1>
      {p.partial && <WarningText>Some of this plan cannot be shown at the moment. Try again later.</WarningText>}
      {p.flags.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Things to look at</h2>
          {p.flags.map((f) => (
            <WarningText key={f.code}>{f.message}</WarningText>
          ))}
        </>
      )}
      {p.plan ? (
        <>
          <p className="govuk-body">
            {p.young ? 'Last changed' : `Version ${p.plan.number}, saved`} by {p.plan.savedBy} on {p.plan.savedAt}.
          </p>
          {p.canEdit && (
            <a
              href={`/children/${p.id}/plan/edit`}
              role="button"
              draggable="false"
              className="govuk-button"
              data-module="govuk-button"
            >
              Update the care plan
            </a>
          )}
          <PlanDetails plan={p.plan} words={words} />
        </>
      ) : (
        <>
          <p className="govuk-body">
            {p.young ? 'Your plan has not been written down yet.' : 'There is no care plan yet.'}
          </p>
          {p.canEdit && (
            <a
              href={`/children/${p.id}/plan/edit`}
              role="button"
              draggable="false"
              className="govuk-button"
              data-module="govuk-button"
            >
              Write the care plan
            </a>
          )}
        </>
      )}
      {p.versions.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{p.young ? 'Earlier versions of your plan' : 'Versions'}</h2>
          <TableScroll label="Versions of the plan">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">
                Versions of the plan, newest first
              </caption>
              <TableHead columns={['Version', 'Saved by', 'Saved on']} />
              <tbody className="govuk-table__body">
                {p.versions.map((v, i) => (
                  <tr className="govuk-table__row" key={v.number}>
                    <td className="govuk-table__cell">
                      <a className="govuk-link" href={`/children/${p.id}/plan/versions/${v.number}`}>
                        Version {v.number}
                      </a>
                      {i === 0 && ' (current)'}
                    </td>
                    <td className="govuk-table__cell">{v.savedBy}</td>
                    <td className="govuk-table__cell">{v.savedAt}</td>
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
