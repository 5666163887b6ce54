import { graphql } from '../../../graphql/generated';
import type { TimescaleStatus } from '../../../graphql/generated/graphql';
import type { SessionRoute } from '../../../session-route.server';

export * from './review-labels';

// Shapes and loaders shared by the review pages. Rules (dates, codes, who sees what) live in the graph; the
// portal only words them.

export interface Timescale {
  dueBy: string;
  basis: string;
  completedOn: string | null;
  status: TimescaleStatus;
}

/** Everything the review pages show of one review; spread as `...ReviewFields`. */
export const ReviewFields = graphql(`
  fragment ReviewFields on Review {
    id
    status
    kind
    reason
    plannedFor
    plannedTime
    heldOn
    venue
    version
    attendees {
      name
      role
    }
    participationCode
    participationDescription
    summary
    childPrivateWords
    decisions {
      id
      text
    }
    invitations {
      name
      role
      hasAccount
      viewsSent
    }
    consultation {
      role
      views
      from
      submittedAt
    }
    spokeToChildOn
    recordTimescales {
      decisions {
        dueBy
        basis
        completedOn
        status
      }
      fullRecord {
        dueBy
        basis
        completedOn
        status
      }
    }
    outcome {
      publishedOn
      childLetter {
        text
        decisions {
          id
          text
        }
      }
      parentVersion {
        text
        decisions {
          id
          text
        }
      }
      carerVersion {
        text
        decisions {
          id
          text
        }
      }
    }
  }
`);

const REVIEW_QUERY = graphql(`
  query Review($id: ID!, $r: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      dateOfBirth
      ...Viewer
      review(id: $r) {
        ...ReviewFields
      }
    }
  }
`);

const CHILD_HEADER_QUERY = graphql(`
  query ChildHeader($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      dateOfBirth
      ...Viewer
    }
  }
`);

/** The child and one of their reviews, or the 404 page: unknown and not-yours look the same. */
export async function loadReview(session: SessionRoute, childId: string | undefined, reviewId: string | undefined) {
  const [id, r] = session.routeIds(childId, reviewId);
  const { child } = await session.child(REVIEW_QUERY, { id, r });
  if (!child.review) throw session.notFound();
  return { child, review: child.review };
}

export async function loadChild(session: SessionRoute, childId: string | undefined) {
  const [id] = session.routeIds(childId);
  const { child } = await session.child(CHILD_HEADER_QUERY, { id });
  return child;
}

/** Today in England, for the date boxes' defaults. */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

/** "Name, role" per line; a line without a comma keeps an empty role, which the graph refuses by name. */
export function parseAttendees(lines: string): Array<{ name: string; role: string }> {
  return lines
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => {
      const comma = l.indexOf(',');
      return comma < 0 ? { name: l, role: '' } : { name: l.slice(0, comma).trim(), role: l.slice(comma + 1).trim() };
    });
}

export const attendeeLines = (attendees: Array<{ name: string; role: string }> | null | undefined) =>
  (attendees ?? []).map((a) => `${a.name}, ${a.role}`).join('\n');
