import { childSections } from '../../components/child-sections';
import { iroForFamily } from '../../components/iro-for-family';
import { formatDate } from '../../format.server';
import { graphql } from '../../graphql/generated';
import type { FamilyHomeQuery } from '../../graphql/generated/graphql';
import { nextReviewView } from '../../next-review.server';
import { ownPublishedVersion } from '../../own-version';
import { canMessageIro, canSubmitReviewViews, seesContactSessions } from '../../viewer';
import { venueText } from '../children/contact/contact.server';

/**
 * The landing page of a young person, a parent or a carer: about their own child or children, in plain words. Every
 * fact is what the graph answers for this reader (their version of the last review, their own contact sessions);
 * nothing is worked out here. A family has a handful of children at most, so one page of ten is all of them.
 */
export const FAMILY_HOME_QUERY = graphql(`
  query FamilyHome {
    children(first: 10, offset: 0) {
      totalCount
      items {
        id
        givenName
        familyName
        ...Viewer
        ...NextReviewFields
        iroContact {
          name
          email
          phone
        }
        reviews {
          id
          heldOn
          outcome {
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
        }
        upcomingContactSessions {
          id
          date
          startTime
          pickUpTime
          dropOffTime
          venueType
          venueConfidential
          venueDescription
        }
      }
    }
  }
`);

type HomeChild = FamilyHomeQuery['children']['items'][number];

/** The newest review with a published version written for this reader, or null: only that is worth a link. */
export function lastDecidedFor(child: HomeChild): { href: string; heldOn: string; text: string } | null {
  for (const r of child.reviews) {
    const version = ownPublishedVersion(child, r.outcome);
    if (version) {
      return {
        href: `/children/${encodeURIComponent(child.id)}/reviews/${encodeURIComponent(r.id)}`,
        heldOn: formatDate(r.heldOn),
        text: version.text,
      };
    }
  }
  return null;
}

export function familyChildView(child: HomeChild) {
  const next = nextReviewView(child);
  const session = seesContactSessions(child) ? (child.upcomingContactSessions[0] ?? null) : null;
  return {
    id: child.id,
    givenName: child.givenName,
    name: `${child.givenName} ${child.familyName}`,
    iro: iroForFamily(child),
    nextReview: next,
    // Views are asked for before a booked review; the review page is where they are sent.
    viewsHref: next?.booked && canSubmitReviewViews(child) ? next.booked.href : null,
    lastDecided: lastDecidedFor(child),
    nextContact: session && {
      on: formatDate(session.date),
      startTime: session.startTime,
      pickUpTime: session.pickUpTime,
      dropOffTime: session.dropOffTime,
      venue: venueText(session),
    },
    contactHref: seesContactSessions(child) ? `/children/${encodeURIComponent(child.id)}/contact` : null,
    messagesHref: canMessageIro(child) ? `/children/${encodeURIComponent(child.id)}/messages` : null,
    sections: childSections(child),
  };
}

export type FamilyChildView = ReturnType<typeof familyChildView>;
