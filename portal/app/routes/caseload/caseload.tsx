import { redirect } from 'react-router';
import { TableScroll } from '../../components/table-scroll';
import type { Route } from './+types/caseload';
import { PageTitle, TableHead, Pagination, Tag } from '../../components/govuk';
import { failedItems } from '../../failed-items.server';
import { formatDate, pageCount, pageRequest, statusTag } from '../../format.server';
import { graphql } from '../../graphql/generated';
import { withSession } from '../../session-route.server';
import { needsAttention } from './needs-attention.server';

const CASELOAD_QUERY = graphql(`
  query Caseload($first: Int!, $offset: Int!) {
    me {
      caseload(first: $first, offset: $offset) {
        totalCount
        items {
          id
          givenName
          familyName
          dateOfBirth
          nextReview {
            dueBy
            latestWorkingDay
            status
            bookedAfterDueBy
            daysLate
          }
          carePlanFlags {
            code
          }
          driftingRecommendationCount
          overdueReviewRecords
          openChallengeCount
          overdueChallengeResponseCount
        }
      }
    }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  if (session.user.role !== 'IRO') throw redirect('/children', { headers: session.headers });
  const { page, variables } = pageRequest(new URL(request.url));
  const { data: result, errors } = await session.query(CASELOAD_QUERY, variables);
  const { totalCount, items } = result.me.caseload;
  // One child's bad data fails only that child's figures: its row says so, every other row renders.
  const failed = failedItems(errors, ['me', 'caseload', 'items']);
  const { pages, exists } = pageCount(totalCount, page);
  if (!exists) throw session.notFound();
  return session.reply({
    page,
    pages,
    totalCount,
    rows: items.map((c, index) => ({
      id: c.id,
      failed: failed.has(index),
      name: `${c.givenName} ${c.familyName}`,
      dateOfBirth: formatDate(c.dateOfBirth),
      dueBy: c.nextReview ? formatDate(c.nextReview.dueBy) : null,
      status: statusTag(c.nextReview?.status),
      attention: needsAttention(c),
    })),
  });
}

export default function Caseload({ loaderData }: Route.ComponentProps) {
  const { rows, totalCount, page, pages } = loaderData;
  return (
    <>
      <PageTitle title={pages > 1 ? `Your caseload (page ${page} of ${pages})` : 'Your caseload'} />
      <h1 className="govuk-heading-l">Your caseload</h1>
      <p className="govuk-body">
        {totalCount === 1 ? 'You have 1 child allocated to you.' : `You have ${totalCount} children allocated to you.`}
        {pages > 1 && ` This is page ${page} of ${pages}.`}
      </p>
      {rows.length > 0 && (
        <TableScroll label="Your caseload">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Children and their next review</caption>
            <TableHead columns={['Name', 'Date of birth', 'Next review due', 'Status', 'Needs attention']} />
            <tbody className="govuk-table__body">
              {rows.map((row) => (
                <tr className="govuk-table__row" key={row.id}>
                  <th scope="row" className="govuk-table__header">
                    <a className="govuk-link" href={`/children/${encodeURIComponent(row.id)}`}>
                      {row.name}
                    </a>
                  </th>
                  <td className="govuk-table__cell">{row.dateOfBirth}</td>
                  {row.failed ? (
                    <td className="govuk-table__cell" colSpan={3}>
                      <strong className="govuk-tag govuk-tag--red">Could not be loaded</strong> This child’s review
                      dates could not be worked out from their records. Open the child’s page or ask for the records to
                      be checked.
                    </td>
                  ) : (
                    <>
                      <td className="govuk-table__cell">{row.dueBy ?? 'No review due'}</td>
                      <td className="govuk-table__cell">
                        {row.status ? <Tag text={row.status.text} colour={row.status.colour} /> : 'Not looked after'}
                      </td>
                      <td className="govuk-table__cell">
                        {row.attention.length === 0 ? (
                          'Nothing'
                        ) : (
                          <ul className="govuk-list govuk-!-margin-bottom-0">
                            {row.attention.map((a) => (
                              <li key={a}>{a}</li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={page} pages={pages} path="/caseload" />
    </>
  );
}
