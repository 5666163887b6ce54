import { Tag } from './govuk';

// Parts of an IRO challenge shown on both the list and the challenge's own page.

export interface DueView {
  dueBy: string;
  basis: string;
  tag: { text: string; colour: string } | null;
}

export function ResponseDue({ due }: { due: DueView | null }) {
  if (!due) return <>No timer: an informal conversation</>;
  return (
    <>
      {due.dueBy} {due.tag && <Tag text={due.tag.text} colour={due.tag.colour} />}
      <details className="govuk-details govuk-!-margin-top-2 govuk-!-margin-bottom-0">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How this date was worked out</span>
        </summary>
        <div className="govuk-details__text">{due.basis}</div>
      </details>
    </>
  );
}

export interface HistoryView {
  key: number;
  action: string;
  on: string;
  stage: string;
  note: string | null;
  by: string | null;
}

export function History({ history, headingLevel = 3 }: { history: HistoryView[]; headingLevel?: 2 | 3 | 4 }) {
  const Heading: 'h2' | 'h3' | 'h4' = `h${headingLevel}`;
  return (
    <>
      <Heading className="govuk-heading-s" id="history">
        History
      </Heading>
      <ol className="govuk-list govuk-list--number">
        {history.map((h) => (
          <li key={h.key}>
            <strong>{h.action}</strong> on {h.on} ({h.stage}){h.by ? `, by ${h.by}` : ''}
            {h.note ? `: ${h.note}` : ''}
          </li>
        ))}
      </ol>
    </>
  );
}
