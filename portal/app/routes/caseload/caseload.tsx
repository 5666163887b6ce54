import { redirect } from 'react-router';
import type { Route } from './+types/caseload';
import { PageTitle, TableHead, Pagination, Tag } from '../../components/govuk';
import { failedItems } from '../../failed-items.server';
import { PAGE_SIZE, formatDate, pageCount, pageNumber, statusTag } from '../../format.server';
import { graphql } from '../../graphql/generated';
import { withSession } from '../../session-route.server';
import { needsAttention } from './needs-attention.server';
import { CONCERNS, CONCERN_LABELS, SORTS, isConcern, isSort, triage } from './triage.server';

// The whole caseload in one request (a caseload is 50 to 70 children by the IRO Handbook, and a page holds up to
// 100), so sorting and filtering by urgency costs the same statements however the IRO orders it.
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
          unreadMessagesFromChild
          currentPlacement {
            placementPlanDue {
              status
            }
          }
        }
      }
    }
  }
`);
const WHOLE_CASELOAD = 100;

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  if (session.user.role !== 'IRO') throw redirect('/children', { headers: session.headers });
  const url = new URL(request.url);
  const page = pageNumber(url);
  const filters = url.searchParams.getAll('need').filter(isConcern);
  const sortParam = url.searchParams.get('sort');
  const sort = isSort(sortParam) ? sortParam : 'urgency';
  const { data: result, errors } = await session.query(CASELOAD_QUERY, { first: WHOLE_CASELOAD, offset: 0 });
  const { totalCount, items } = result.me.caseload;
  // One child's bad data fails only that child's figures: its row says so, every other row renders.
  const failed = failedItems(errors, ['me', 'caseload', 'items']);
  const all = items.map((c, index) => ({
    id: c.id,
    failed: failed.has(index),
    name: `${c.givenName} ${c.familyName}`,
    dateOfBirth: formatDate(c.dateOfBirth),
    dueBy: c.nextReview?.dueBy ?? null,
    status: c.nextReview?.status ?? null,
    bookedAfterDueBy: c.nextReview?.bookedAfterDueBy ?? false,
    overdueChallengeResponseCount: c.overdueChallengeResponseCount ?? null,
    unreadMessages: c.unreadMessagesFromChild ?? null,
    driftingRecommendationCount: c.driftingRecommendationCount ?? null,
    overdueReviewRecords: c.overdueReviewRecords ?? null,
    carePlanFlagCount: c.carePlanFlags?.length ?? null,
    placementPlanOverdue: c.currentPlacement?.placementPlanDue?.status === 'OVERDUE',
    attention: needsAttention(c),
  }));
  const shown = triage(all, filters, sort);
  const { pages, exists } = pageCount(shown.length, page);
  if (!exists) throw session.notFound();
  const query = new URLSearchParams([
    ...filters.map((f) => ['need', f]),
    ...(sort === 'urgency' ? [] : [['sort', sort]]),
  ]);
  return session.reply({
    page,
    pages,
    totalCount,
    // Above a page of 100 (far above the 50 to 70 guidance) the rest are not triaged; say so rather than hide them.
    incomplete: totalCount > items.length,
    shownCount: shown.length,
    filters,
    sort,
    // The choices come from the loader: the triage rules are server code and stay out of the browser's bundle.
    concerns: CONCERNS.map((value) => ({ value, label: CONCERN_LABELS[value] })),
    sorts: Object.entries(SORTS).map(([value, label]) => ({ value, label })),
    path: query.size > 0 ? `/caseload?${query}` : '/caseload',
    rows: shown.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => ({
      id: r.id,
      failed: r.failed,
      name: r.name,
      dateOfBirth: r.dateOfBirth,
      dueBy: r.dueBy ? formatDate(r.dueBy) : null,
      status: statusTag(r.status),
      attention: [
        ...(r.unreadMessages
          ? [
              r.unreadMessages === 1
                ? '1 unread message from the child'
                : `${r.unreadMessages} unread messages from the child`,
            ]
          : []),
        ...r.attention,
      ],
    })),
  });
}

export default function Caseload({ loaderData }: Route.ComponentProps) {
  const { rows, totalCount, incomplete, shownCount, filters, sort, concerns, sorts, path, page, pages } = loaderData;
  const filtered = filters.length > 0;
  return (
    <>
      <PageTitle title={pages > 1 ? `Your caseload (page ${page} of ${pages})` : 'Your caseload'} />
      <h1 className="govuk-heading-l">Your caseload</h1>
      <p className="govuk-body">
        {totalCount === 1 ? 'You have 1 child allocated to you.' : `You have ${totalCount} children allocated to you.`}
        {filtered && ` ${shownCount === 1 ? '1 child matches' : `${shownCount} children match`} your filters.`}
        {pages > 1 && ` This is page ${page} of ${pages}.`}
      </p>
      {incomplete && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            Only the first 100 children of your caseload are sorted and filtered here. Ask your manager to look at your
            caseload.
          </strong>
        </div>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-third">
          <form method="get" action="/caseload" className="govuk-!-margin-bottom-6">
            <div className="govuk-form-group">
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Show children with</legend>
                <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
                  {concerns.map(({ value: c, label }) => (
                    <div className="govuk-checkboxes__item" key={c}>
                      <input
                        className="govuk-checkboxes__input"
                        id={`need-${c}`}
                        name="need"
                        type="checkbox"
                        value={c}
                        defaultChecked={filters.includes(c)}
                      />
                      <label className="govuk-label govuk-checkboxes__label" htmlFor={`need-${c}`}>
                        {label}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
            <div className="govuk-form-group">
              <label className="govuk-label govuk-label--s" htmlFor="sort">
                Sort by
              </label>
              <select className="govuk-select" id="sort" name="sort" defaultValue={sort}>
                {sorts.map(({ value, label }) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="govuk-button govuk-button--secondary" data-module="govuk-button">
              Apply
            </button>
            {(filtered || sort !== 'urgency') && (
              <p className="govuk-body">
                <a className="govuk-link" href="/caseload">
                  Clear filters and sort
                </a>
              </p>
            )}
          </form>
        </div>
        <div className="govuk-grid-column-two-thirds">
          {rows.length === 0 ? (
            <p className="govuk-body">{filtered ? 'No child on your caseload matches these filters.' : ''}</p>
          ) : (
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">Children and their next review</caption>
              <TableHead columns={['Name', 'Next review due', 'Needs attention']} />
              <tbody className="govuk-table__body">
                {rows.map((row) => (
                  <tr className="govuk-table__row" key={row.id}>
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={`/children/${encodeURIComponent(row.id)}`}>
                        {row.name}
                      </a>
                      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-font-weight-regular">
                        Born {row.dateOfBirth}
                      </span>
                    </th>
                    {row.failed ? (
                      <td className="govuk-table__cell" colSpan={2}>
                        <strong className="govuk-tag govuk-tag--red">Could not be loaded</strong> This child’s review
                        dates could not be worked out from their records. Open the child’s page or ask for the records
                        to be checked.
                      </td>
                    ) : (
                      <>
                        <td className="govuk-table__cell">
                          {row.dueBy ?? 'No review due'}
                          <br />
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
          )}
          <Pagination page={page} pages={pages} path={path} />
        </div>
      </div>
    </>
  );
}
