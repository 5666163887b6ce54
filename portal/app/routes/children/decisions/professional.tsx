import { CsrfInput } from '../../../components/govuk';
import type { DecisionsData, Matrix } from './decisions-view';

/**
 * For the professionals: the reviews that confirmed the matrix, the IRO's button to confirm it at the latest review
 * (DOMAIN.md §4), and the earlier versions.
 */
export function Confirmations({ d, m }: { d: DecisionsData; m: Matrix }) {
  return (
    <>
      <h2 className="govuk-heading-m">Confirmed at reviews</h2>
      {m.confirmations.length === 0 ? (
        <p className="govuk-body">No review has confirmed these decisions yet.</p>
      ) : (
        <ul className="govuk-list">
          {m.confirmations.map((c) => (
            <li key={`${c.version}-${c.on}`}>
              Version {c.version} confirmed at the review held on {c.reviewHeldOn} (recorded {c.on})
            </li>
          ))}
        </ul>
      )}
      {d.can.confirm && d.confirmReview && (
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <input type="hidden" name="intent" value="confirm" />
          <input type="hidden" name="reviewId" value={d.confirmReview.id} />
          <input type="hidden" name="version" value={m.version} />
          <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
            Confirm version {m.version} at the review held on {d.confirmReview.heldOn}
          </button>
        </form>
      )}
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Earlier versions</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list">
            {m.history.map((h) => (
              <li key={h.version}>
                Version {h.version}, {h.on}, {h.by}: {h.reason}
              </li>
            ))}
          </ul>
        </div>
      </details>
    </>
  );
}
