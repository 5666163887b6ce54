import { SummaryList } from './govuk';
import { TableScroll } from './table-scroll';

/** One version of a care plan as the page shows it; a part this person is not shown is null and left out. */
export interface PlanView {
  number: number;
  savedBy: string;
  savedAt: string;
  permanence: { plan: string | null; parallel: string | null } | null;
  actions: Array<{ description: string; concerns: string; owner: string; due: string }> | null;
  arrangements: Array<{ dimension: string; text: string | null }> | null;
}

export interface PlanWords {
  permanence: string;
  mainPlan: string;
  parallelPlan: string;
  undecided: string;
  actions: string;
  noActions: string;
  actionHeadings: [string, string, string, string];
  arrangements: string;
  nothingRecorded: string;
}

export const PROFESSIONAL_WORDS: PlanWords = {
  permanence: 'Permanence',
  mainPlan: 'Permanence plan',
  parallelPlan: 'Parallel plan',
  undecided: 'Not decided yet',
  actions: 'Actions to achieve the plan',
  noActions: 'No actions recorded.',
  actionHeadings: ['Action', 'Concerns', 'Owner', 'Due by'],
  arrangements: 'Arrangements for the child’s needs',
  nothingRecorded: 'Nothing recorded',
};

export const YOUNG_PERSON_WORDS: PlanWords = {
  permanence: 'Where you will grow up',
  mainPlan: 'The plan',
  parallelPlan: 'The back-up plan',
  undecided: 'Not decided yet',
  actions: 'What people will do',
  noActions: 'Nothing written down yet.',
  actionHeadings: ['What', 'What it is for', 'Who', 'By when'],
  arrangements: 'How your needs will be met',
  nothingRecorded: 'Nothing written down yet',
};

/** Line breaks typed in kept as lines (the CSP allows no inline styles). */
function Paragraphs({ text }: { text: string }) {
  const lines = text.split(/\r?\n/);
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {line}
        </span>
      ))}
    </>
  );
}

export function PlanDetails({ plan, words }: { plan: PlanView; words: PlanWords }) {
  return (
    <>
      {plan.permanence && (
        <>
          <h2 className="govuk-heading-m">{words.permanence}</h2>
          <SummaryList
            rows={[
              { key: words.mainPlan, value: plan.permanence.plan ?? words.undecided },
              ...(plan.permanence.parallel ? [{ key: words.parallelPlan, value: plan.permanence.parallel }] : []),
            ]}
          />
        </>
      )}
      {plan.actions && (
        <>
          <h2 className="govuk-heading-m">{words.actions}</h2>
          {plan.actions.length === 0 ? (
            <p className="govuk-body">{words.noActions}</p>
          ) : (
            <TableScroll label="Actions in the plan">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-visually-hidden">{words.actions}</caption>
                <thead className="govuk-table__head">
                  <tr className="govuk-table__row">
                    {words.actionHeadings.map((h) => (
                      <th scope="col" className="govuk-table__header" key={h}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody className="govuk-table__body">
                  {plan.actions.map((a, i) => (
                    <tr className="govuk-table__row" key={i}>
                      <td className="govuk-table__cell">{a.description}</td>
                      <td className="govuk-table__cell">{a.concerns}</td>
                      <td className="govuk-table__cell">{a.owner}</td>
                      <td className="govuk-table__cell">{a.due || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </>
      )}
      {plan.arrangements && (
        <>
          <h2 className="govuk-heading-m">{words.arrangements}</h2>
          <SummaryList
            rows={plan.arrangements.map((a) => ({
              key: a.dimension,
              value: a.text ? <Paragraphs text={a.text} /> : words.nothingRecorded,
            }))}
          />
        </>
      )}
    </>
  );
}
