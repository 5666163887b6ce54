import { redirect } from 'react-router';
import { TableScroll } from '../../components/table-scroll';
import type { Route } from './+types/oversight';
import { PageTitle, TableHead, Tag } from '../../components/govuk';
import { graphql } from '../../graphql/generated';
import type { CaseloadBand, OversightCountsFieldsFragment } from '../../graphql/generated/graphql';
import { withSession } from '../../session-route.server';
import { type FigureName, figureHref } from './figures';

const OVERSIGHT_QUERY = graphql(`
  query Oversight {
    me {
      authorityCan {
        manageLocalAuthoritySettings
      }
    }
    oversight {
      localAuthority {
        name
      }
      caseloadGuidance
      unallocatedChildren
      childrenNotCounted
      totals {
        ...OversightCountsFields
        reviewsOnTime
      }
      iros {
        iro {
          id
          displayName
        }
        band
        counts {
          ...OversightCountsFields
        }
      }
      openChallengesByStage {
        stage
        open
        overdue
      }
    }
  }
`);

const BANDS = {
  BELOW: { text: 'Below 50', colour: 'blue' },
  WITHIN: { text: 'Within 50–70', colour: 'green' },
  ABOVE: { text: 'Above 70', colour: 'red' },
} as const satisfies Record<CaseloadBand, { text: string; colour: string }>;

/** A figure that leads to the children behind it (decision 0020), for the authority or one IRO. */
function FigureLink({
  figure,
  value,
  iroId,
  label,
}: {
  figure: FigureName;
  value: number;
  iroId?: string;
  label: string;
}) {
  return (
    <a className="govuk-link" href={figureHref(figure, iroId)}>
      {value}
      <span className="govuk-visually-hidden"> {label}: see the children</span>
    </a>
  );
}

const onTime = (c: OversightCountsFieldsFragment) =>
  c.reviewsOnTimePercent === null ? 'No reviews held' : `${c.reviewsOnTimePercent}%`;

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  if (session.user.role !== 'IRO_MANAGER') throw redirect('/', { headers: session.headers });
  const { data: result } = await session.query(OVERSIGHT_QUERY);
  if (!result.oversight) throw session.notFound();
  return session.reply({
    oversight: result.oversight,
    canManageSettings: result.me.authorityCan.manageLocalAuthoritySettings,
  });
}

export default function Oversight({ loaderData: { oversight: o, canManageSettings } }: Route.ComponentProps) {
  const t = o.totals;
  return (
    <>
      <PageTitle title="Oversight" />
      <span className="govuk-caption-l">{o.localAuthority.name}</span>
      <h1 className="govuk-heading-l">Oversight</h1>
      {canManageSettings && (
        <p className="govuk-body">
          <a className="govuk-link" href="/settings">
            Local authority settings
          </a>
        </p>
      )}
      {o.childrenNotCounted > 0 && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {o.childrenNotCounted === 1
              ? '1 child could not be counted'
              : `${o.childrenNotCounted} children could not be counted`}{' '}
            because their records hold dates the review rules cannot work from. Every other child is counted.
          </strong>
        </div>
      )}
      <h2 className="govuk-heading-m">Across the local authority</h2>
      <dl className="govuk-summary-list">
        {(
          [
            [
              'Children looked after',
              <FigureLink figure="children" value={t.children} label="Children looked after" />,
            ],
            [
              'Children with no IRO allocated',
              <FigureLink figure="unallocated" value={o.unallocatedChildren} label="Children with no IRO allocated" />,
            ],
            [
              'Reviews overdue',
              <FigureLink figure="overdueReviews" value={t.overdueReviews} label="Reviews overdue" />,
            ],
            [
              'Reviews due within 15 working days',
              <FigureLink figure="dueSoonReviews" value={t.dueSoonReviews} label="Reviews due soon" />,
            ],
            [
              'Reviews held on time in the last 12 months',
              `${onTime(t)} (${t.reviewsOnTime ?? 0} of ${t.reviewsHeldLast12Months})`,
            ],
            [
              'Review records overdue (decisions or full record)',
              <FigureLink
                figure="overdueReviewRecords"
                value={t.overdueReviewRecords}
                label="Review records overdue"
              />,
            ],
            [
              'Recommendations drifting',
              <FigureLink
                figure="driftingRecommendations"
                value={t.driftingRecommendations}
                label="Recommendations drifting"
              />,
            ],
            [
              'Open IRO challenges',
              <>
                <FigureLink figure="openChallenges" value={t.openChallenges} label="Open IRO challenges" /> (
                <FigureLink
                  figure="overdueChallengeResponses"
                  value={t.overdueChallengeResponses}
                  label="Challenges with a response overdue"
                />{' '}
                with a response overdue)
              </>,
            ],
          ] as const
        ).map(([key, value]) => (
          <div className="govuk-summary-list__row" key={key}>
            <dt className="govuk-summary-list__key">{key}</dt>
            <dd className="govuk-summary-list__value">{value}</dd>
          </div>
        ))}
      </dl>
      <TableScroll label="IRO caseloads">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">IRO caseloads</caption>
          <TableHead
            columns={[
              'IRO',
              { text: 'Children', numeric: true },
              'Against guidance',
              { text: 'Reviews overdue', numeric: true },
              { text: 'Due soon', numeric: true },
              { text: 'Held on time (12 months)', numeric: true },
              { text: 'Records overdue', numeric: true },
              { text: 'Recommendations drifting', numeric: true },
              { text: 'Open challenges', numeric: true },
            ]}
          />
          <tbody className="govuk-table__body">
            {o.iros.map((row) => (
              <tr className="govuk-table__row" key={row.iro.id}>
                <th scope="row" className="govuk-table__header">
                  {row.iro.displayName}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="children"
                    value={row.counts.children}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, children`}
                  />
                </td>
                <td className="govuk-table__cell">
                  <Tag text={BANDS[row.band].text} colour={BANDS[row.band].colour} />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="overdueReviews"
                    value={row.counts.overdueReviews}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, reviews overdue`}
                  />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="dueSoonReviews"
                    value={row.counts.dueSoonReviews}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, reviews due soon`}
                  />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{onTime(row.counts)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="overdueReviewRecords"
                    value={row.counts.overdueReviewRecords}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, review records overdue`}
                  />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="driftingRecommendations"
                    value={row.counts.driftingRecommendations}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, recommendations drifting`}
                  />
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <FigureLink
                    figure="openChallenges"
                    value={row.counts.openChallenges}
                    iroId={row.iro.id}
                    label={`${row.iro.displayName}, open challenges`}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p className="govuk-body">{o.caseloadGuidance}.</p>
      <TableScroll label="Open IRO challenges by stage">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Open IRO challenges by stage</caption>
          <TableHead
            columns={['Stage', { text: 'Open', numeric: true }, { text: 'Response overdue', numeric: true }]}
          />
          <tbody className="govuk-table__body">
            {o.openChallengesByStage.length === 0 ? (
              <tr className="govuk-table__row">
                <td className="govuk-table__cell" colSpan={3}>
                  No open challenges
                </td>
              </tr>
            ) : (
              o.openChallengesByStage.map((s) => (
                <tr className="govuk-table__row" key={s.stage}>
                  <th scope="row" className="govuk-table__header">
                    {s.stage}
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.open}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{s.overdue}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </TableScroll>
      <p className="govuk-body">
        <a className="govuk-link" href="/children">
          See every child in the local authority
        </a>
      </p>
    </>
  );
}
