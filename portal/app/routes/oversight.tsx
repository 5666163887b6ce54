import { data, redirect } from 'react-router';
import type { Route } from './+types/oversight';
import { PageTitle, Tag } from '../components/govuk';
import { auth } from '../services.server';

const OVERSIGHT_QUERY = `query Oversight {
  oversight {
    localAuthority { name }
    caseloadGuidance
    unallocatedChildren
    totals { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTime reviewsOnTimePercent }
    iros { iro { id displayName } band counts { children overdueReviews dueSoonReviews reviewsHeldLast12Months reviewsOnTimePercent } }
  }
}`;

interface Counts {
  children: number;
  overdueReviews: number;
  dueSoonReviews: number;
  reviewsHeldLast12Months: number;
  reviewsOnTime?: number;
  reviewsOnTimePercent: number | null;
}

interface OversightData {
  oversight: {
    localAuthority: { name: string };
    caseloadGuidance: string;
    unallocatedChildren: number;
    totals: Counts;
    iros: Array<{ iro: { id: string; displayName: string }; band: 'BELOW' | 'WITHIN' | 'ABOVE'; counts: Counts }>;
  } | null;
}

const BANDS = {
  BELOW: { text: 'Below 50', colour: 'blue' },
  WITHIN: { text: 'Within 50–70', colour: 'green' },
  ABOVE: { text: 'Above 70', colour: 'red' },
} as const;

const onTime = (c: Counts) => (c.reviewsOnTimePercent === null ? 'No reviews held' : `${c.reviewsOnTimePercent}%`);

export async function loader({ request }: Route.LoaderArgs) {
  const a = auth();
  const signedIn = await a.requireUser(request);
  if (signedIn.user.role !== 'IRO_MANAGER') throw redirect('/', { headers: signedIn.headers });
  const { data: result } = await a.query<OversightData>(request, signedIn, OVERSIGHT_QUERY);
  if (!result.oversight) throw data(null, { status: 404, headers: signedIn.headers });
  return data({ oversight: result.oversight }, { headers: signedIn.headers });
}

export default function Oversight({ loaderData: { oversight: o } }: Route.ComponentProps) {
  const t = o.totals;
  return (
    <>
      <PageTitle title="Oversight" />
      <span className="govuk-caption-l">{o.localAuthority.name}</span>
      <h1 className="govuk-heading-l">Oversight</h1>
      <h2 className="govuk-heading-m">Across the local authority</h2>
      <dl className="govuk-summary-list">
        {[
          ['Children looked after', String(t.children)],
          ['Children with no IRO allocated', String(o.unallocatedChildren)],
          ['Reviews overdue', String(t.overdueReviews)],
          ['Reviews due within 15 working days', String(t.dueSoonReviews)],
          ['Reviews held on time in the last 12 months', `${onTime(t)} (${t.reviewsOnTime ?? 0} of ${t.reviewsHeldLast12Months})`],
        ].map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">IRO caseloads</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">IRO</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Children</th>
            <th scope="col" className="govuk-table__header">Against guidance</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Reviews overdue</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Due soon</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Held on time (12 months)</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {o.iros.map((row) => (
            <tr className="govuk-table__row" key={row.iro.id}>
              <th scope="row" className="govuk-table__header">{row.iro.displayName}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.counts.children}</td>
              <td className="govuk-table__cell">
                <Tag text={BANDS[row.band].text} colour={BANDS[row.band].colour} />
              </td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.counts.overdueReviews}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{row.counts.dueSoonReviews}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{onTime(row.counts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">{o.caseloadGuidance}.</p>
      <p className="govuk-body">
        <a className="govuk-link" href="/children">See every child in the local authority</a>
      </p>
    </>
  );
}
