import type { Route } from './+types/version';
import { PlanDetails, PROFESSIONAL_WORDS, YOUNG_PERSON_WORDS } from '../../../components/care-plan';
import { PageTitle } from '../../../components/govuk';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { speaksToYoungPerson } from '../../../viewer';
import { planView } from './care-plan.server';

const VERSION_QUERY = graphql(`
  query CarePlanVersion($id: ID!, $number: Int!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      carePlan {
        number
      }
      carePlanVersion(number: $number) {
        ...CarePlanVersionFields
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  if (!/^[1-9]\d{0,8}$/.test(params.number ?? '')) throw session.notFound();
  const { child } = await session.child(VERSION_QUERY, { id, number: Number(params.number) });
  const version = child.carePlanVersion;
  if (!version) throw session.notFound();
  const young = speaksToYoungPerson(child);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    young,
    isCurrent: child.carePlan?.number === version.number,
    plan: planView(version, young ? 'young' : 'professional'),
  });
}

export default function ChildPlanVersion({ loaderData: v }: Route.ComponentProps) {
  const title = `${v.young ? 'Your plan' : 'Care plan'}: version ${v.plan.number}`;
  return (
    <>
      <PageTitle title={v.young ? title : `${title} – ${v.name}`} />
      <a href={`/children/${v.id}/plan`} className="govuk-back-link">
        {v.young ? 'Back to your plan' : 'Back to the current care plan'}
      </a>
      {!v.young && <span className="govuk-caption-l">{v.name}</span>}
      <h1 className="govuk-heading-l">{title}</h1>
      <div className="govuk-inset-text">
        {v.isCurrent ? 'This is the current version.' : 'This is an earlier version. It cannot be changed.'} Saved by{' '}
        {v.plan.savedBy} on {v.plan.savedAt}.
      </div>
      <PlanDetails plan={v.plan} words={v.young ? YOUNG_PERSON_WORDS : PROFESSIONAL_WORDS} />
    </>
  );
}
