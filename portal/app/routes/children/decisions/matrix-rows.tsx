import { SummaryList } from '../../../components/govuk';
import type { DecisionsData, Matrix, MatrixRow } from './decisions-view';
import { RowDetail } from './row-detail';

/** The matrix's rows with who decides each, for every reader; the young person reads "you decide". */
export function MatrixRows({ rows, young }: { rows: MatrixRow[]; young: boolean }) {
  return (
    <SummaryList
      rows={rows.map((r) => ({
        key: r.title,
        value: (
          <>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>
                {young ? `${r.who} ${r.holder === 'YOUNG_PERSON' ? 'decide' : 'decides'}` : `${r.who} decides`}
              </strong>
            </p>
            <RowDetail row={r} carer={false} />
          </>
        ),
      }))}
    />
  );
}

/** When the matrix last changed: a family reads the date, the carer and professionals the version and its reason. */
export function MatrixVersion({ m, audience }: { m: Matrix; audience: DecisionsData['audience'] }) {
  return (
    <p className="govuk-body-s">
      {audience === 'YOUNG_PERSON' || audience === 'PARENT'
        ? `Last changed on ${m.changedOn}.`
        : `Version ${m.version}, saved on ${m.changedOn}${m.changedBy ? ` by ${m.changedBy}` : ''}: ${m.reason} Checked under legal status ${m.checkedUnder}.`}
    </p>
  );
}
