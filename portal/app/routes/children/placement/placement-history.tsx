import { TableHead } from '../../../components/govuk';
import { TableScroll } from '../../../components/table-scroll';
import type { PlacementData } from './placement-view';

/** Every placement of the child, newest first, with why it changed. */
export function PlacementHistory({ history }: { history: PlacementData['history'] }) {
  return (
    <>
      <h2 className="govuk-heading-m">Placements</h2>
      <TableScroll label="Placement history">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Placement history</caption>
          <TableHead columns={['Type', 'From', 'To', 'Why it changed']} />
          <tbody className="govuk-table__body">
            {history.map((h) => (
              <tr className="govuk-table__row" key={h.id}>
                <td className="govuk-table__cell">{h.kind}</td>
                <td className="govuk-table__cell">{h.from}</td>
                <td className="govuk-table__cell">{h.to}</td>
                <td className="govuk-table__cell">{h.why}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
