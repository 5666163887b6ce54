import type { Route } from './+types/reviews';
import { TableScroll } from '../../../components/table-scroll';
import { NextReviewSummary } from '../../../components/next-review';
import { PageTitle, TableHead, SummaryList, Tag, type SummaryRow } from '../../../components/govuk';
import { formatDate } from '../../../format.server';
import { ownPublishedVersion } from '../../../own-version';
import { nextReviewView } from '../../../next-review.server';
import { graphql } from '../../../graphql/generated';
import type { TimescaleStatus } from '../../../graphql/generated/graphql';
import { withSession } from '../../../session-route.server';
import { canRecordReviewMeeting, canScheduleReview, canSubmitReviewViews, speaksToYoungPerson } from '../../../viewer';
import { TIMESCALE_TAGS, inviteeRole, kindText } from './reviews.server';

const QUERY = graphql(`
  query ChildReviews($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      ...NextReviewFields
      upcomingReview {
        id
        plannedFor
        venue
        kind
        reason
        invitations {
          name
          role
          hasAccount
          viewsSent
        }
      }
      reviews {
        id
        heldOn
        kind
        reason
        outcome {
          publishedOn
          childLetter {
            text
          }
          parentVersion {
            text
          }
          carerVersion {
            text
          }
        }
        recordTimescales {
          decisions {
            dueBy
            status
            completedOn
          }
          fullRecord {
            dueBy
            status
            completedOn
          }
        }
      }
    }
  }
`);

const timescale = (t: { dueBy: string; status: TimescaleStatus; completedOn: string | null }) => ({
  dueBy: formatDate(t.dueBy),
  completedOn: t.completedOn ? formatDate(t.completedOn) : null,
  tag: TIMESCALE_TAGS[t.status],
});

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(QUERY, { id });
  const upcoming = child.upcomingReview;
  const contributor = canSubmitReviewViews(child);
  return session.reply({
    id: child.id,
    name: `${child.givenName} ${child.familyName}`,
    canSchedule: canScheduleReview(child),
    canRecord: canRecordReviewMeeting(child),
    isSelf: speaksToYoungPerson(child),
    contributor,
    nextReview: nextReviewView(child),
    booked: new URL(request.url).searchParams.has('booked'),
    upcoming: upcoming && {
      id: upcoming.id,
      plannedFor: formatDate(upcoming.plannedFor),
      venue: upcoming.venue,
      kind: kindText(upcoming.kind, upcoming.reason),
      invitations: upcoming.invitations?.map((i) => ({ ...i, role: inviteeRole(i.role) })) ?? null,
    },
    held: child.reviews.map((r) => ({
      id: r.id,
      heldOn: formatDate(r.heldOn),
      kind: kindText(r.kind, r.reason),
      // A family member is linked only to a review with something published for them (their own version, as the
      // graph answers it); the others are listed by date alone.
      link: !contributor
        ? kindText(r.kind, r.reason)
        : ownPublishedVersion(child, r.outcome)
          ? speaksToYoungPerson(child)
            ? 'Read your letter from this review'
            : 'Read what was decided'
          : null,
      decisions: r.recordTimescales && timescale(r.recordTimescales.decisions),
      fullRecord: r.recordTimescales && timescale(r.recordTimescales.fullRecord),
    })),
  });
}

export default function Reviews({ loaderData: c }: Route.ComponentProps) {
  const base = `/children/${c.id}/reviews`;
  const title = c.isSelf ? 'Your reviews' : `Reviews for ${c.name}`;
  return (
    <>
      <PageTitle title={title} />
      <span className="govuk-caption-l">{c.name}</span>
      {c.booked && (
        <div
          className="govuk-notification-banner govuk-notification-banner--success"
          role="alert"
          aria-labelledby="booked-title"
          data-module="govuk-notification-banner"
        >
          <div className="govuk-notification-banner__header">
            <h2 className="govuk-notification-banner__title" id="booked-title">
              Success
            </h2>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">
              Review booked{c.nextReview?.booked ? ` for ${c.nextReview.booked.date}` : ''}
            </p>
          </div>
        </div>
      )}
      <h1 className="govuk-heading-l">{c.isSelf ? 'Your reviews' : 'Reviews'}</h1>
      {(c.canSchedule || c.canRecord) && (
        <p className="govuk-body">
          {c.canSchedule && (
            <a className="govuk-link" href={`${base}/new`}>
              Schedule a review
            </a>
          )}
          {c.canSchedule && c.canRecord && ' · '}
          {c.canRecord && (
            <a className="govuk-link" href={c.upcoming ? `${base}/${c.upcoming.id}/record` : `${base}/record`}>
              Record a review
            </a>
          )}
        </p>
      )}

      {c.nextReview ? (
        <NextReviewSummary review={c.nextReview} />
      ) : (
        <>
          <h2 className="govuk-heading-m">{c.isSelf ? 'Your next review' : 'Next review'}</h2>
          <p className="govuk-body">No review is due: not looked after at the moment.</p>
        </>
      )}
      {c.upcoming && (
        <>
          {c.upcoming.invitations && (
            <TableScroll label="People invited to the review">
              <table className="govuk-table">
                <caption className="govuk-table__caption govuk-table__caption--s">Invited</caption>
                <TableHead columns={['Name', 'Role', 'Views sent']} />
                <tbody className="govuk-table__body">
                  {c.upcoming.invitations.map((i) => (
                    <tr className="govuk-table__row" key={`${i.role}-${i.name}`}>
                      <td className="govuk-table__cell">
                        {i.name}
                        {!i.hasAccount && (
                          <span className="govuk-hint govuk-!-margin-bottom-0"> (no portal account)</span>
                        )}
                      </td>
                      <td className="govuk-table__cell">{i.role}</td>
                      <td className="govuk-table__cell">{i.viewsSent ? 'Yes' : 'No'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <p className="govuk-body">
            <a className="govuk-link" href={`${base}/${c.upcoming.id}`}>
              {c.contributor
                ? c.isSelf
                  ? 'Say what you think before your review'
                  : 'Send your views before the review'
                : 'View the review'}
            </a>
          </p>
        </>
      )}

      <h2 className="govuk-heading-m">{c.isSelf ? 'Reviews you have had' : 'Reviews held'}</h2>
      {c.held.length === 0 ? (
        <p className="govuk-body">None yet.</p>
      ) : (
        <SummaryList
          rows={c.held.map((r): SummaryRow => ({
            key: r.heldOn,
            value: (
              <>
                {r.link ? (
                  <a className="govuk-link" href={`${base}/${r.id}`}>
                    {r.link}
                  </a>
                ) : (
                  'Nothing has been shared with you from this review yet.'
                )}
                {r.decisions && r.fullRecord && (
                  <ul className="govuk-list govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                    <li>
                      Decisions due {r.decisions.dueBy}{' '}
                      <Tag text={r.decisions.tag.text} colour={r.decisions.tag.colour} />
                    </li>
                    <li>
                      Full record due {r.fullRecord.dueBy}{' '}
                      <Tag text={r.fullRecord.tag.text} colour={r.fullRecord.tag.colour} />
                    </li>
                  </ul>
                )}
              </>
            ),
          }))}
        />
      )}
    </>
  );
}
