import { SummaryList, Tag } from '../../../components/govuk';
import type { CurrentPlacement } from './placement-view';

/** The placement plan (CPPCR reg 9, DOMAIN.md §2.2): when it is due and why, what it says, and the link to write it. */
export function PlanSection({
  c,
  planDue,
  childId,
  canWritePlan,
}: {
  c: CurrentPlacement;
  planDue: NonNullable<CurrentPlacement['planDue']>;
  childId: string;
  canWritePlan: boolean;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Placement plan</h2>
      <p className="govuk-body">
        <Tag text={planDue.tag.text} colour={planDue.tag.colour} /> Due by {planDue.dueBy}
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Why this date</span>
        </summary>
        <div className="govuk-details__text">{planDue.basis}</div>
      </details>
      {c.plan ? (
        <>
          <p className="govuk-body">Agreed: {c.plan.agreedOn}</p>
          <SummaryList rows={c.plan.rows} />
        </>
      ) : (
        <p className="govuk-body">No placement plan has been written yet.</p>
      )}
      {canWritePlan && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${childId}/placement/plan`}>
            {c.plan ? 'Update the placement plan' : 'Write the placement plan'}
          </a>
        </p>
      )}
    </>
  );
}
