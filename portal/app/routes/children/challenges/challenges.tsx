import type { Route } from './+types/challenges';
import { History, ResponseDue } from '../../../components/challenge-parts';
import { PageTitle, SummaryList, Tag } from '../../../components/govuk';
import { withSession } from '../../../session-route.server';
import { type ChallengeView, loadChallenges } from './challenges.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  return session.reply(await loadChallenges(session, id));
}

function ChallengeCard({ c, childId }: { c: ChallengeView; childId: string }) {
  return (
    <div className="govuk-summary-card">
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">
          {c.concern} <Tag text={c.status.text} colour={c.status.colour} />
        </h3>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <a className="govuk-link" href={`/children/${childId}/challenges/${c.id}`}>
              View<span className="govuk-visually-hidden"> challenge: {c.concern}</span>
            </a>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Level', value: c.stage },
            { key: 'Raised with', value: c.raisedWith },
            { key: 'Opened on', value: c.openedOn },
            ...(c.open ? [{ key: 'Response due by', value: <ResponseDue due={c.due} /> }] : []),
            ...(!c.open ? [{ key: c.status.text, value: `${c.closedOn}: ${c.outcome ?? ''}` }] : []),
          ]}
        />
        <History history={c.history} headingLevel={4} />
      </div>
    </div>
  );
}

export default function ChildChallenges({ loaderData: d }: Route.ComponentProps) {
  const open = d.challenges.filter((c) => c.open);
  const closed = d.challenges.filter((c) => !c.open);
  return (
    <>
      <PageTitle title={`Challenges – ${d.name}`} />
      <span className="govuk-caption-l">{d.name}</span>
      <h1 className="govuk-heading-l">IRO challenges</h1>
      <p className="govuk-body">
        <a className="govuk-link" href={`/children/${d.childId}`}>
          Back to {d.name}’s record
        </a>
      </p>
      {d.can.raise && (
        <a
          href={`/children/${d.childId}/challenges/new`}
          role="button"
          draggable="false"
          className="govuk-button"
          data-module="govuk-button"
        >
          Raise a challenge
        </a>
      )}
      <h2 className="govuk-heading-m">Open challenges</h2>
      {open.length === 0 && <p className="govuk-body">No open challenges.</p>}
      {open.map((c) => (
        <ChallengeCard key={c.id} c={c} childId={d.childId} />
      ))}
      <h2 className="govuk-heading-m">Closed challenges</h2>
      {closed.length === 0 && <p className="govuk-body">No closed challenges.</p>}
      {closed.map((c) => (
        <ChallengeCard key={c.id} c={c} childId={d.childId} />
      ))}
    </>
  );
}
