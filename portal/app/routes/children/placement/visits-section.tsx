import { Choices, DateInput } from '../../../components/form-fields';
import { CsrfInput, Tag } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import type { CurrentPlacement } from './placement-view';

/** The social worker's reg 28 visits: when the next is due and why, and the visits recorded in this placement. */
export function VisitsSection({
  nextVisit,
  visits,
}: {
  nextVisit: NonNullable<CurrentPlacement['nextVisit']>;
  visits: CurrentPlacement['visits'];
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Social worker visits</h2>
      <p className="govuk-body">
        {nextVisit.overdue && <Tag text="Overdue" colour="red" />} Next visit due by {nextVisit.dueBy}
      </p>
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Why this date</span>
        </summary>
        <div className="govuk-details__text">{nextVisit.basis}</div>
      </details>
      {visits.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {visits.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body">No visit recorded in this placement yet.</p>
      )}
    </>
  );
}

/** Recording a visit, for whoever `viewerCan` says may; a refused date keeps what was typed. */
export function RecordVisitForm({
  csrfToken,
  values,
  errors,
}: {
  csrfToken: string;
  values: { visitedOn: string; seenAlone: string } | undefined;
  errors: ReadonlyArray<{ field: string; text: string }>;
}) {
  return (
    <form method="post" noValidate>
      <CsrfInput token={csrfToken} />
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
  );
}
