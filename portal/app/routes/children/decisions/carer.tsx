import { Choices, Input, Select, Textarea } from '../../../components/form-fields';
import { CsrfInput, SummaryList } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import type { DecisionsData, FormErrors, FormValues, Matrix, MatrixRow } from './decisions-view';
import { HOLDER_CHOICES, holderWords } from './decisions-words';
import { RowDetail } from './row-detail';

/** The carer's part of the page: what they may decide themselves, then (below it) what needs asking first. */
export function CarerOwnDecisions({ givenName, mine }: { givenName: string; mine: MatrixRow[] }) {
  return (
    <>
      <p className="govuk-body">
        These are the everyday decisions for {givenName} that you can make yourself, and the ones where you need to ask
        someone first. If something should change, you can ask the social worker below.
      </p>
      <h2 className="govuk-heading-m">You can decide</h2>
      {mine.length === 0 ? (
        <p className="govuk-body">Nothing yet: ask the social worker first for every decision.</p>
      ) : (
        <SummaryList rows={mine.map((r) => ({ key: r.title, value: <RowDetail row={r} carer /> }))} />
      )}
      <h2 className="govuk-heading-m">Ask someone first</h2>
    </>
  );
}

/** The review looks at the matrix again: the carer is told when, and may send their views before it. */
export function CarerNextReview({ d }: { d: DecisionsData }) {
  return (
    <>
      {d.nextReview && (
        <>
          <h2 className="govuk-heading-m">Next review</h2>
          <p className="govuk-body">
            {d.givenName}’s next review is due by {d.nextReview}. The review looks at these decisions again.
            {d.can.sendViews && (
              <>
                {' '}
                <a className="govuk-link" href={`/children/${d.childId}/reviews`}>
                  Send your views before the review
                </a>
                .
              </>
            )}
          </p>
        </>
      )}
    </>
  );
}

/** The carer asks for a change to one row; the social worker decides (DOMAIN.md §4). */
export function RequestChangeForm({
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
  const pending = m.requests.filter((r) => r.pending);
  return (
    <>
      <h2 className="govuk-heading-m">Ask for a change</h2>
      {pending.length > 0 && (
        <p className="govuk-body">You have {pending.length} request waiting for the social worker.</p>
      )}
      <form method="post" noValidate>
        <CsrfInput token={d.csrfToken} />
        <input type="hidden" name="intent" value="request" />
        <Select
          id="area"
          label="Which decision?"
          choices={m.rows
            .filter((r) => !r.why?.startsWith('Fixed by law'))
            .map((r) => ({ value: r.area, text: r.title }))}
          selected={values.area}
          error={fieldError(errors, 'area')}
        />
        <Choices
          id="holder"
          type="radio"
          label="Who should decide?"
          choices={HOLDER_CHOICES.map((h) => ({ value: h, text: holderWords(h, 'CARER', d.givenName) }))}
          selected={values.holder ?? 'CARER'}
          error={fieldError(errors, 'holder')}
        />
        <Input
          id="conditions"
          label="On what conditions? (optional)"
          hint="For example, only with friends we know"
          defaultValue={values.conditions}
          error={fieldError(errors, 'conditions')}
        />
        <Textarea
          id="why"
          label="Why are you asking?"
          rows={3}
          defaultValue={values.why}
          error={fieldError(errors, 'why')}
        />
        <button type="submit" className="govuk-button" data-module="govuk-button">
          Send request
        </button>
      </form>
    </>
  );
}
