import type { Route } from './+types/recommendations';
import { PageTitle, SummaryList, Tag, WarningText } from '../../../components/govuk';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { DRIFT_LABELS, STATUS_LABELS, outcomeStep } from './recommendations.server';

const QUERY = graphql(`
  query ChildRecommendations($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      recommendations {
        id
        text
        dueDate
        originalDueDate
        dueDateBasis
        monitoring
        status
        madeOn
        owner {
          display
        }
        history {
          outcome
          reason
          newDueDate
          progress
          heldOn
        }
        drift {
          reason
          explanation
        }
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child, errors } = await session.child(QUERY, { id });
  return session.reply({
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    recommendations: child.recommendations.map((r) => ({
      id: r.id,
      text: r.text,
      owner: r.owner.display,
      dueDate: formatDate(r.dueDate),
      originalDueDate: r.originalDueDate !== r.dueDate ? formatDate(r.originalDueDate) : null,
      dueDateBasis: r.dueDateBasis,
      monitoring: r.monitoring,
      status: STATUS_LABELS[r.status],
      drift: r.drift.map((d) => ({ label: DRIFT_LABELS[d.reason], explanation: d.explanation })),
      madeOn: r.madeOn ? formatDate(r.madeOn) : null,
      chain: r.history.map(outcomeStep),
    })),
    partial: errors.length > 0,
  });
}

export default function ChildRecommendations({ loaderData: c }: Route.ComponentProps) {
  const title = `Review recommendations for ${c.name}`;
  return (
    <>
      <PageTitle title={title} />
      <a href={`/children/${c.childId}`} className="govuk-back-link">
        Back to {c.name}
      </a>
      <span className="govuk-caption-l">{c.name}</span>
      <h1 className="govuk-heading-l">Review recommendations</h1>
      {c.partial && <WarningText>Some of this information cannot be shown at the moment. Try again later.</WarningText>}
      {c.recommendations.length === 0 && <p className="govuk-body">No recommendations have been recorded.</p>}
      {c.recommendations.map((r, i) => (
        <section
          key={r.id}
          id={`rec-${r.id}`}
          aria-labelledby={`rec-${r.id}-heading`}
          className="govuk-!-margin-bottom-8"
        >
          <h2 className="govuk-heading-m" id={`rec-${r.id}-heading`}>
            {i + 1}. {r.text}
          </h2>
          <p className="govuk-body">
            <Tag text={r.status.text} colour={r.status.colour} />
          </p>
          {r.drift.length > 0 && (
            <div className="govuk-inset-text">
              <h3 className="govuk-heading-s">Drifting</h3>
              <ul className="govuk-list">
                {r.drift.map((d) => (
                  <li key={d.label}>
                    <Tag text={d.label} colour="red" /> {d.explanation}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <SummaryList
            rows={[
              { key: 'Owner', value: r.owner },
              {
                key: 'Due date',
                value: (
                  <>
                    {r.dueDate}
                    {r.originalDueDate && <> (originally {r.originalDueDate})</>}
                    <br />
                    <span className="govuk-hint govuk-!-margin-bottom-0">{r.dueDateBasis}</span>
                  </>
                ),
              },
              { key: 'How it will be monitored', value: r.monitoring },
            ]}
          />
          <h3 className="govuk-heading-s">History</h3>
          <ol className="govuk-list govuk-list--number">
            <li>Made at the review on {r.madeOn ?? 'an unknown date'}</li>
            {r.chain.map((step, j) => (
              <li key={j}>
                {step.title}
                {step.details.length > 0 && (
                  <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-1">
                    {step.details.map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
