import { Choices, DateInput, Input, Select, Textarea } from '../../../components/form-fields';
import { CsrfInput, WarningText } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import type { DecisionsData, FormErrors, FormValues, Matrix } from './decisions-view';
import { HOLDER_CHOICES, holderWords } from './decisions-words';

/** The social worker saves a new version with one row changed, checked against today's legal status (decision 15). */
export function ChangeDecisionForm({
  d,
  m,
  values,
  errors,
}: {
  d: DecisionsData;
  m: Matrix;
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">Change a decision</h2>
      <form method="post" noValidate>
        <CsrfInput token={d.csrfToken} />
        <input type="hidden" name="intent" value="change" />
        <input type="hidden" name="expectedVersion" value={m.version} />
        <input type="hidden" name="legalStatus" value={d.legalStatus?.code ?? m.legalStatus} />
        <p className="govuk-body">
          Checked against the legal status recorded today:{' '}
          {d.legalStatus ? `${d.legalStatus.code} (${d.legalStatus.description})` : `none (${m.checkedUnder})`}.
        </p>
        <Select
          id="change-area"
          label="Which decision?"
          choices={m.rows.map((r) => ({ value: r.area, text: r.title }))}
          selected={values.area}
          error={fieldError(errors, 'change-area')}
        />
        <Choices
          id="change-holder"
          type="radio"
          label="Who decides?"
          choices={HOLDER_CHOICES.map((h) => ({ value: h, text: holderWords(h, 'PROFESSIONAL', d.givenName) }))}
          selected={values.holder}
          error={fieldError(errors, 'change-holder')}
        />
        <Input
          id="change-conditions"
          label="Conditions (optional)"
          defaultValue={values.conditions}
          error={fieldError(errors, 'change-conditions')}
        />
        <Input
          id="change-tellWho"
          label="Who must be told (optional)"
          defaultValue={values.tellWho}
          error={fieldError(errors, 'change-tellWho')}
        />
        <Textarea
          id="change-reasonNotDelegated"
          label="Why the carer does not hold it"
          hint="Needed whenever someone other than the carer decides"
          rows={2}
          defaultValue={values.reasonNotDelegated}
          error={fieldError(errors, 'change-reasonNotDelegated')}
        />
        <DateInput
          id="change-parentAgreedOn"
          label="When did a parent agree? (optional)"
          hint="Needed under section 20 for anything the parents do not decide. For example, 20 11 2026"
          defaultValue={values.parentAgreedOn}
          error={fieldError(errors, 'change-parentAgreedOn')}
        />
        <Textarea
          id="change-reason"
          label="Why is it changing?"
          hint="The carer and the IRO read it"
          rows={2}
          defaultValue={values.reason}
          error={fieldError(errors, 'change-reason')}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Save a new version
        </button>
      </form>
    </>
  );
}

/** The social worker starts the matrix from the defaults of the child's legal status, which must be recorded first. */
export function StartDecisionsForm({ d }: { d: DecisionsData }) {
  return (
    <>
      <h2 className="govuk-heading-m">Record who decides what</h2>
      {d.legalStatus ? (
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <input type="hidden" name="intent" value="start" />
          <input type="hidden" name="legalStatus" value={d.legalStatus.code} />
          <p className="govuk-body">
            Start from the defaults for {d.legalStatus.code} ({d.legalStatus.description}); then decide each request as
            the placement plan agrees.
          </p>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Start from the defaults
          </button>
        </form>
      ) : (
        <WarningText>Record the child’s legal status first: the rules depend on it.</WarningText>
      )}
    </>
  );
}
