import { redirect } from 'react-router';
import type { Route } from './+types/children';
import { PageTitle, TableHead } from '../../components/govuk';
import { graphql } from '../../graphql/generated';
import { withSession } from '../../session-route.server';
import { FIGURES, isFigureName } from './figures';

const OVERSIGHT_CHILDREN_QUERY = graphql(`
  query OversightChildren($figure: OversightFigure!, $iroId: ID) {
    oversightChildren(figure: $figure, iroId: $iroId) {
      count
      iro {
        displayName
      }
      children {
        amount
        child {
          id
          givenName
          familyName
        }
      }
    }
  }
`);

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  if (session.user.role !== 'IRO_MANAGER') throw redirect('/', { headers: session.headers });
  const url = new URL(request.url);
  const name = url.searchParams.get('figure');
  const iroId = url.searchParams.get('iro');
  if (!isFigureName(name)) throw session.notFound();
  const { figure, label, perChild } = FIGURES[name];
  const { data: result } = await session.query(OVERSIGHT_CHILDREN_QUERY, { figure, iroId });
  // The graph answers null for an IRO the manager does not oversee, exactly as for one that does not exist.
  const o = result.oversightChildren;
  if (!o) throw session.notFound();
  return session.reply({
    label,
    perChild,
    count: o.count,
    iro: o.iro?.displayName ?? null,
    children: o.children.map((c) => ({
      id: c.child.id,
      name: `${c.child.givenName} ${c.child.familyName}`,
      amount: c.amount,
    })),
  });
}

export default function OversightChildren({ loaderData }: Route.ComponentProps) {
  const { label, perChild, count, iro, children } = loaderData;
  const scope = iro ?? 'Across the local authority';
  return (
    <>
      <PageTitle title={`${label}: ${scope}`} />
      <a className="govuk-back-link" href="/oversight">
        Back to oversight
      </a>
      <span className="govuk-caption-l">{scope}</span>
      <h1 className="govuk-heading-l">{label}</h1>
      <p className="govuk-body">
        {perChild
          ? `${count} in all, for ${children.length === 1 ? '1 child' : `${children.length} children`}.`
          : children.length === 1
            ? '1 child.'
            : `${children.length} children.`}
      </p>
      {children.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">The children behind this figure</caption>
          <TableHead columns={perChild ? ['Child', { text: 'How many', numeric: true }] : ['Child']} />
          <tbody className="govuk-table__body">
            {children.map((c) => (
              <tr className="govuk-table__row" key={c.id}>
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/children/${encodeURIComponent(c.id)}`}>
                    {c.name}
                  </a>
                </th>
                {perChild && <td className="govuk-table__cell govuk-table__cell--numeric">{c.amount}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
