import { data } from 'react-router';
import type { SignedIn } from '../../../auth.server';
import { auth } from '../../../services.server';
import { isRouteId } from '../../../route-id';

export * from './review-labels';

// Labels and shapes shared by the review pages. Rules (dates, codes, who sees what) live in the graph; the
// portal only words them.

const PROFESSIONALS = new Set(['IRO', 'SOCIAL_WORKER', 'MANAGER', 'GUARDIAN']);
const CONTRIBUTORS = new Set(['SELF', 'PARENT', 'CARER']);
export const isProfessional = (relationship: string) => PROFESSIONALS.has(relationship);
export const isContributor = (relationship: string) => CONTRIBUTORS.has(relationship);

export interface Timescale {
  dueBy: string;
  basis: string;
  completedOn: string | null;
  status: string;
}

export interface ReviewData {
  id: string;
  status: 'PLANNED' | 'HELD';
  kind: string;
  reason: string | null;
  plannedFor: string | null;
  heldOn: string | null;
  venue: string | null;
  version: number;
  attendees: Array<{ name: string; role: string }> | null;
  participationCode: string | null;
  participationDescription: string | null;
  summary: string | null;
  childPrivateWords: string | null;
  decisions: Array<{ id: string; text: string }> | null;
  invitations: Array<{ name: string; role: string; hasAccount: boolean; viewsSent: boolean }> | null;
  consultation: Array<{ role: string; views: string; from: string | null; submittedAt: string }>;
  spokeToChildOn: string | null;
  recordTimescales: { decisions: Timescale; fullRecord: Timescale } | null;
  outcome: {
    publishedOn: string;
    childLetter: OutcomeVersion | null;
    parentVersion: OutcomeVersion | null;
    carerVersion: OutcomeVersion | null;
  } | null;
}

export interface OutcomeVersion {
  text: string;
  decisions: Array<{ id: string; text: string }>;
}

export const REVIEW_FIELDS = `id status kind reason plannedFor heldOn venue version attendees { name role }
  participationCode participationDescription summary childPrivateWords decisions { id text }
  invitations { name role hasAccount viewsSent } consultation { role views from submittedAt } spokeToChildOn
  recordTimescales { decisions { dueBy basis completedOn status } fullRecord { dueBy basis completedOn status } }
  outcome { publishedOn childLetter { text decisions { id text } } parentVersion { text decisions { id text } }
    carerVersion { text decisions { id text } } }`;

export interface ChildHeader {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  relationship: string;
}

const notFound = (headers: Headers) => data(null, { status: 404, statusText: 'Not Found', headers });

/** The child and one of their reviews, or the 404 page: unknown and not-yours look the same. */
export async function loadReview(request: Request, signedIn: SignedIn, childId: string | undefined, reviewId: string | undefined) {
  if (!isRouteId(childId) || !isRouteId(reviewId)) throw notFound(signedIn.headers);
  const { data: result } = await auth().query<{ child: (ChildHeader & { review: ReviewData | null }) | null }>(
    request,
    signedIn,
    `query Review($id: ID!, $r: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship review(id: $r) { ${REVIEW_FIELDS} } } }`,
    { id: childId, r: reviewId },
  );
  if (!result.child?.review) throw notFound(signedIn.headers);
  return { child: result.child, review: result.child.review };
}

export async function loadChild(request: Request, signedIn: SignedIn, childId: string | undefined) {
  if (!isRouteId(childId)) throw notFound(signedIn.headers);
  const { data: result } = await auth().query<{ child: ChildHeader | null }>(
    request,
    signedIn,
    `query ChildHeader($id: ID!) { child(id: $id) { id givenName familyName dateOfBirth relationship } }`,
    { id: childId },
  );
  if (!result.child) throw notFound(signedIn.headers);
  return result.child;
}

export function forbidden(headers: Headers) {
  return notFound(headers);
}

/** Today in England, for the date boxes' defaults. */
export function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
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
