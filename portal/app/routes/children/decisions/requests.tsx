import { DateInput, Textarea } from '../../../components/form-fields';
import { CsrfInput, SummaryList, Tag } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import type { DecisionsData, FormErrors, FormValues, Matrix } from './decisions-view';

/**
 * The carer's requests to change the matrix: the carer reads their own; the professionals read who asked, and the
 * social worker decides each pending one here.
 */
export function Requests({
  d,
  m,
  carer,
  values,
  errors,
}: {
  d: DecisionsData;
  m: Matrix;
  carer: boolean;
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <>
      <h2 className="govuk-heading-m">{carer ? 'Your requests' : 'Requests from the carer'}</h2>
      {m.requests.map((r) => (
        <div key={r.id} id={`request-${r.id}`} className="govuk-!-margin-bottom-6">
          <h3 className="govuk-heading-s">
            {r.title}: {r.who} <Tag text={r.status.text} colour={r.status.colour} />
          </h3>
          <SummaryList
            rows={[
              { key: 'Asked on', value: `${r.on}${carer ? '' : ` by ${r.by}`}` },
              { key: 'Why', value: r.why },
              ...(r.conditions ? [{ key: 'Conditions', value: r.conditions }] : []),
              ...(r.decisionReason ? [{ key: 'The social worker’s reason', value: r.decisionReason }] : []),
            ]}
          />
          {r.pending && d.can.decide && (
            <DecideRequestForm
              csrfToken={d.csrfToken}
              requestId={r.id}
              version={m.version}
              values={values}
              errors={errors}
            />
          )}
        </div>
      ))}
    </>
  );
}

/** The social worker approves or declines a carer's request, with a reason the carer reads. */
function DecideRequestForm({
  csrfToken,
  requestId,
  version,
  values,
  errors,
}: {
  csrfToken: string;
  requestId: string;
  version: number;
  values: FormValues;
  errors: FormErrors;
}) {
  return (
    <form method="post" noValidate>
      <CsrfInput token={csrfToken} />
      <input type="hidden" name="intent" value="decide" />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <Textarea
        id={`reason-${requestId}`}
        label="Your reason"
        hint="The carer reads it"
        rows={3}
        defaultValue={values.requestId === requestId ? values.reason : undefined}
        error={fieldError(errors, `reason-${requestId}`)}
      />
      <DateInput
        id={`parentAgreedOn-${requestId}`}
        label="When did a parent agree? (optional)"
        hint="Needed under section 20, where the parents keep parental responsibility. For example, 20 11 2026"
        defaultValue={values.requestId === requestId ? values.parentAgreedOn : undefined}
        error={fieldError(errors, `parentAgreedOn-${requestId}`)}
      />
      <div className="govuk-button-group">
        <button type="submit" name="decision" value="approve" className="govuk-button" data-module="govuk-button">
          Approve
        </button>
        <button
          type="submit"
          name="decision"
          value="decline"
          className="govuk-button govuk-button--secondary"
          data-module="govuk-button"
        >
          Decline
        </button>
      </div>
    </form>
  );
}
