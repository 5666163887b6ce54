import type { Route } from './+types/children';
import { TableScroll } from '../../components/table-scroll';
import { PageTitle, TableHead, Pagination, Tag } from '../../components/govuk';
import { formatDate, pageCount, pageRequest, relationshipLabel } from '../../format.server';
import { graphql } from '../../graphql/generated';
import { withSession } from '../../session-route.server';

const CHILDREN_QUERY = graphql(`
  query Children($first: Int!, $offset: Int!) {
    me {
      authorityCan {
        registerChild
      }
    }
    children(first: $first, offset: $offset) {
      totalCount
      items {
        id
        givenName
        familyName
        dateOfBirth
        relationship
        currentPlacement {
          placementPlanDue {
            status
          }
        }
      }
    }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  const { page, variables } = pageRequest(new URL(request.url));
  const { data: result } = await session.query(CHILDREN_QUERY, variables);
  const { totalCount, items } = result.children;
  const { pages, exists } = pageCount(totalCount, page);
  if (!exists) throw session.notFound();
  return session.reply({
    page,
    pages,
    totalCount,
    canRegister: result.me.authorityCan.registerChild,
    rows: items.map((c) => ({
      id: c.id,
      name: `${c.givenName} ${c.familyName}`,
      dateOfBirth: formatDate(c.dateOfBirth),
      relationship: relationshipLabel(c.relationship),
      // CPPCR reg 9: the plan is due before the placement or within 5 working days of its start (DOMAIN.md §2.2).
      // What the graph returns decides it: someone it withholds the plan's dates from sees no flag.
      placementPlanOverdue: c.currentPlacement?.placementPlanDue?.status === 'OVERDUE',
    })),
  });
}

export default function Children({ loaderData }: Route.ComponentProps) {
  const { rows, totalCount, page, pages, canRegister } = loaderData;
  return (
    <>
      <PageTitle title={pages > 1 ? `Children (page ${page} of ${pages})` : 'Children'} />
      <h1 className="govuk-heading-l">Children</h1>
      {canRegister && (
        <a
          href="/children/register"
          role="button"
          draggable="false"
          className="govuk-button"
          data-module="govuk-button"
        >
          Record a child coming into care
        </a>
      )}
      {totalCount === 0 ? (
        <p className="govuk-body">There are no children linked to your account.</p>
      ) : (
        <>
          <p className="govuk-body">
            {totalCount === 1
              ? '1 child is linked to your account.'
              : `${totalCount} children are linked to your account.`}
            {pages > 1 && ` This is page ${page} of ${pages}.`}
          </p>
          <TableScroll label="Children linked to your account">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--m">
                Children linked to your account
              </caption>
              <TableHead columns={['Name', 'Date of birth', 'Your relationship']} />
              <tbody className="govuk-table__body">
                {rows.map((row) => (
                  <tr className="govuk-table__row" key={row.id}>
                    <th scope="row" className="govuk-table__header">
                      <a className="govuk-link" href={`/children/${encodeURIComponent(row.id)}`}>
                        {row.name}
                      </a>
                      {row.placementPlanOverdue && (
                        <>
                          {' '}
                          <Tag text="Placement plan overdue" colour="red" />
                        </>
                      )}
                    </th>
                    <td className="govuk-table__cell">{row.dateOfBirth}</td>
                    <td className="govuk-table__cell">{row.relationship}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <Pagination page={page} pages={pages} path="/children" />
    </>
  );
}
