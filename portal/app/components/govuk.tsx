import type { ReactNode } from 'react';

export const SERVICE_NAME = 'Children in care portal';
export const CSRF_FIELD = 'csrfToken';

/** A unique <title>; React 19 hoists it into <head>. Errors get the GOV.UK "Error: " prefix. */
export function PageTitle({ title, error = false }: { title: string; error?: boolean }) {
  return <title>{`${error ? 'Error: ' : ''}${title} – ${SERVICE_NAME}`}</title>;
}

export function CsrfInput({ token }: { token: string }) {
  return <input type="hidden" name={CSRF_FIELD} value={token} />;
}

export interface ErrorItem {
  href: string;
  text: string;
}

export function ErrorSummary({ errors }: { errors: ErrorItem[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e) => (
              <li key={e.href + e.text}>
                <a href={e.href}>{e.text}</a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

/** A GOV.UK text input with its label and, when there is one, its error message. */
export function TextField(props: {
  id: string;
  label: string;
  type?: 'text' | 'password';
  error?: string;
  defaultValue?: string;
  autoComplete: string;
  autoCapitalize?: string;
}) {
  const errorId = `${props.id}-error`;
  return (
    <div className={`govuk-form-group${props.error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={props.id}>
        {props.label}
      </label>
      {props.error && (
        <p id={errorId} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {props.error}
        </p>
      )}
      <input
        className={`govuk-input govuk-!-width-two-thirds${props.error ? ' govuk-input--error' : ''}`}
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        autoComplete={props.autoComplete}
        autoCapitalize={props.autoCapitalize}
        spellCheck={false}
        defaultValue={props.defaultValue}
        aria-describedby={props.error ? errorId : undefined}
      />
    </div>
  );
}

export function Tag({ text, colour }: { text: string; colour: string }) {
  return <strong className={`govuk-tag govuk-tag--${colour}`}>{text}</strong>;
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Pagination({ page, pages, path }: { page: number; pages: number; path: string }) {
  if (pages <= 1) return null;
  // A path may carry its own query (the caseload's filters), which every page keeps.
  const href = (n: number) => (n === 1 ? path : `${path}${path.includes('?') ? '&' : '?'}page=${n}`);
  const numbers = Array.from({ length: pages }, (_, i) => i + 1).filter(
    (n) => n === 1 || n === pages || Math.abs(n - page) <= 1,
  );
  const items: ReactNode[] = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - numbers[i - 1] > 1) {
      items.push(
        <li key={`gap-${n}`} className="govuk-pagination__item govuk-pagination__item--ellipses">
          &ctdot;
        </li>,
      );
    }
    const current = n === page;
    items.push(
      <li key={n} className={`govuk-pagination__item${current ? ' govuk-pagination__item--current' : ''}`}>
        <a
          className="govuk-link govuk-pagination__link"
          href={href(n)}
          aria-label={`Page ${n}`}
          aria-current={current ? 'page' : undefined}
        >
          {n}
        </a>
      </li>,
    );
  });
  return (
    <nav className="govuk-pagination" aria-label="Pagination">
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <a className="govuk-link govuk-pagination__link" href={href(page - 1)} rel="prev">
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--prev"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </a>
        </div>
      )}
      <ul className="govuk-pagination__list">{items}</ul>
      {page < pages && (
        <div className="govuk-pagination__next">
          <a className="govuk-link govuk-pagination__link" href={href(page + 1)} rel="next">
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
            <svg
              className="govuk-pagination__icon govuk-pagination__icon--next"
              xmlns="http://www.w3.org/2000/svg"
              height="13"
              width="15"
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 15 13"
            >
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
          </a>
        </div>
      )}
    </nav>
  );
}

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}

/** A column heading: its words, and whether the column holds numbers (GOV.UK right-aligns those). */
export type TableColumn = string | { text: string; numeric: boolean };

/** A GOV.UK table's header row, every heading scoped to its column for screen readers. */
export function TableHead({ columns }: { columns: TableColumn[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column) => {
          const { text, numeric } = typeof column === 'string' ? { text: column, numeric: false } : column;
          return (
            <th
              key={text}
              scope="col"
              className={numeric ? 'govuk-table__header govuk-table__header--numeric' : 'govuk-table__header'}
            >
              {text}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
