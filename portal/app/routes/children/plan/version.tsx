import { data } from 'react-router';
import type { Route } from './+types/version';
import { PlanDetails, PROFESSIONAL_WORDS, YOUNG_PERSON_WORDS } from '../../../components/care-plan';
import { PageTitle } from '../../../components/govuk';
import { VERSION_FIELDS, type VersionData, planView } from './care-plan.server';
import { auth } from '../../../services.server';
import { isRouteId } from '../../../route-id';

const VERSION_QUERY = `query CarePlanVersion($id: ID!, $number: Int!) {
  child(id: $id) {
    id givenName familyName relationship
    carePlan { number }
    carePlanVersion(number: $number) { ${VERSION_FIELDS} }
  }
}`;

interface VersionPageData {
  child: {
    id: string; givenName: string; familyName: string; relationship: string;
    carePlan: { number: number } | null;
    carePlanVersion: VersionData | null;
  } | null;
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const a = auth();
  const signedIn = await a.requireUser(request);
  const notFound = () => data(null, { status: 404, headers: signedIn.headers });
  if (!isRouteId(params.id)) throw notFound();
  if (!/^[1-9]\d{0,8}$/.test(params.number ?? '')) throw notFound();
  const { data: result } = await a.query<VersionPageData>(request, signedIn, VERSION_QUERY, { id: params.id, number: Number(params.number) });
  const child = result.child;
  if (!child?.carePlanVersion) throw notFound();
  const young = child.relationship === 'SELF';
  return data(
    {
      id: child.id,
      name: `${child.givenName} ${child.familyName}`,
      young,
      isCurrent: child.carePlan?.number === child.carePlanVersion.number,
      plan: planView(child.carePlanVersion, young ? 'young' : 'professional'),
    },
    { headers: signedIn.headers },
  );
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
        {v.isCurrent ? 'This is the current version.' : 'This is an earlier version. It cannot be changed.'} Saved by {v.plan.savedBy} on{' '}
        {v.plan.savedAt}.
      </div>
      <PlanDetails plan={v.plan} words={v.young ? YOUNG_PERSON_WORDS : PROFESSIONAL_WORDS} />
    </>
  );
}
