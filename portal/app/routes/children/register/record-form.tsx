import type { ReactNode } from 'react';
import { CsrfInput, type ErrorItem, ErrorSummary, PageTitle } from '../../../components/govuk';

/** The page around a form that keeps a child's record: title, errors, what is recorded now, and a way back. */
export function RecordFormPage({
  title,
  heading = title,
  name,
  childId,
  errors,
  intro,
  children,
}: {
  title: string;
  heading?: string;
  name: string;
  childId: string;
  errors: ErrorItem[];
  intro: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`${title} – ${name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{name}</span>
        <h1 className="govuk-heading-l">{heading}</h1>
        <p className="govuk-body">{intro}</p>
        {children}
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${encodeURIComponent(childId)}`}>
            Cancel
          </a>
        </p>
      </div>
    </div>
  );
}

/** The form itself: the CSRF token, its fields and one button (a warning button for what cannot be undone). */
export function RecordForm({
  csrfToken,
  button,
  warning = false,
  children,
}: {
  csrfToken: string;
  button: string;
  warning?: boolean;
  children: ReactNode;
}) {
  return (
    <form method="post" noValidate>
      <CsrfInput token={csrfToken} />
      {children}
      <button
        type="submit"
        className={warning ? 'govuk-button govuk-button--warning' : 'govuk-button'}
        data-module="govuk-button"
      >
        {button}
      </button>
    </form>
  );
}
