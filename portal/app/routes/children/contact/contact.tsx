import type { Route } from './+types/contact';
import { TableScroll } from '../../../components/table-scroll';
import { PageTitle, TableHead, SummaryList } from '../../../components/govuk';
import { IroForFamily, iroForFamily } from '../../../components/iro-for-family';
import { Unavailable } from '../../../components/unavailable';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { unavailableAt } from '../../../unavailable.server';
import { seesContactSessions } from '../../../viewer';
import { CONTACT_TYPE_WORDS, venueText } from './contact.server';

// Contact with family: the sessions to come (when, where, pick-up and drop-off) and the arrangements the reader may
// see. The graph decides what is here: a parent gets only their own, the carer the sessions without the
// arrangements, a confidential venue never reaches a parent. Anyone the graph shows no sessions to gets "Page not
// found", as for a child that does not exist.

const CONTACT_QUERY = graphql(`
  query ChildContact($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      iroContact {
        name
        email
        phone
      }
    }
  }
`);

// Asked apart from the child: the sessions and arrangements come from the family-contact subgraph, and these lists
// are non-null, so were they in the query above, that subgraph being slow or down would null the whole child and
// the page would read "Page not found". Apart, the page keeps the child and says this part could not be loaded.
const CONTACT_SESSIONS_QUERY = graphql(`
  query ChildContactSessions($id: ID!) {
    child(id: $id) {
      id
      upcomingContactSessions {
        id
        date
        startTime
        pickUpTime
        dropOffTime
        venueType
        venueConfidential
        venueDescription
        withWhom
      }
      contactArrangements {
        id
        endDate
        terms {
          type
          frequency
        }
        familyMember {
          displayName
        }
      }
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const [{ child }, contact] = await Promise.all([
    session.child(CONTACT_QUERY, { id }),
    session.query(CONTACT_SESSIONS_QUERY, { id }),
  ]);
  if (!seesContactSessions(child)) throw session.notFound();
  const parent = child.viewerCan.audience === 'PARENT';
  // null: the family-contact part of the graph could not be loaded (only this section says so)
  const lists = contact.data.child && !unavailableAt(contact.errors, ['child']) ? contact.data.child : null;
  return session.reply({
    id: child.id,
    givenName: child.givenName,
    name: `${child.givenName} ${child.familyName}`,
    parent,
    // Who to ask about contact beyond the social worker: the IRO, who reviews the plan contact is part of
    // (DOMAIN.md §7).
    forFamily: iroForFamily(child),
    unavailable: lists === null,
    sessions: (lists?.upcomingContactSessions ?? []).map((s) => ({
      id: s.id,
      on: formatDate(s.date),
      startTime: s.startTime,
      pickUpTime: s.pickUpTime,
      dropOffTime: s.dropOffTime,
      venue: venueText(s),
      withWhom: s.withWhom,
    })),
    arrangements: (lists?.contactArrangements ?? [])
      .filter((a) => a.endDate === null)
      .map((a) => ({
        id: a.id,
        withWhom: a.familyMember?.displayName ?? '',
        kind: CONTACT_TYPE_WORDS[a.terms.type],
        frequency: a.terms.frequency,
      })),
  });
}

export default function ChildContact({ loaderData: c }: Route.ComponentProps) {
  const title = c.parent ? `Seeing ${c.givenName}` : 'Contact with family';
  const [next, ...later] = c.sessions;
  return (
    <>
      <PageTitle title={`${title}: ${c.name}`} />
      <a href={`/children/${c.id}`} className="govuk-back-link">
        Back to {c.name}’s page
      </a>
      <span className="govuk-caption-l">{c.name}</span>
      <h1 className="govuk-heading-l">{title}</h1>
      <h2 className="govuk-heading-m">Next time</h2>
      {c.unavailable ? (
        <Unavailable />
      ) : next ? (
        <SummaryList
          rows={[
            { key: 'Date', value: next.on },
            { key: 'Time', value: next.startTime },
            { key: 'Where', value: next.venue },
            ...(c.parent ? [] : [{ key: 'With', value: next.withWhom ?? '' }]),
            ...(next.pickUpTime ? [{ key: 'Pick-up', value: next.pickUpTime }] : []),
            ...(next.dropOffTime ? [{ key: 'Drop-off', value: next.dropOffTime }] : []),
          ]}
        />
      ) : (
        <p className="govuk-body">Nothing is planned yet. The social worker will let you know the next date.</p>
      )}
      {later.length > 0 && (
        <>
          <h2 className="govuk-heading-m">After that</h2>
          <TableScroll label="Later contact sessions">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-visually-hidden">Later sessions</caption>
              <TableHead columns={['Date', 'Time', 'Where']} />
              <tbody className="govuk-table__body">
                {later.map((s) => (
                  <tr className="govuk-table__row" key={s.id}>
                    <td className="govuk-table__cell">{s.on}</td>
                    <td className="govuk-table__cell">{s.startTime}</td>
                    <td className="govuk-table__cell">{s.venue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {c.arrangements.length > 0 && (
        <>
          <h2 className="govuk-heading-m">{c.parent ? 'What has been agreed' : 'Arrangements'}</h2>
          {c.arrangements.map((a) => (
            <SummaryList
              key={a.id}
              rows={[
                ...(c.parent ? [] : [{ key: 'With', value: a.withWhom }]),
                { key: 'How', value: a.kind },
                { key: 'How often', value: a.frequency },
              ]}
            />
          ))}
        </>
      )}
      {c.forFamily && (
        <>
          <h2 className="govuk-heading-m">If you have questions about contact</h2>
          <p className="govuk-body">
            Ask the social worker first. The Independent Reviewing Officer checks the plan too.
          </p>
          <IroForFamily {...c.forFamily} />
        </>
      )}
    </>
  );
}
