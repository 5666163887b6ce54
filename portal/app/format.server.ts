import { isIsoDate, longDate } from '@lac/statutory';
import type { RelationshipKind, ReviewStatus, Role } from './graphql/generated/graphql';

const plainDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * "2025-02-03" → "3 February 2025". Plain calendar dates, so formatted in UTC: no day shifts. A real date is worded
 * by `longDate` from its parts (a page formats hundreds, and `Intl` was a measurable share of the caseload page's CPU);
 * anything else goes through `Intl` as before, so every input gives the answer it always did.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  if (isIsoDate(day)) return longDate(day);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) ? iso : plainDate.format(date);
}

export const STATUS_TAGS: Record<ReviewStatus, { text: string; colour: 'red' | 'yellow' | 'green' }> = {
  OVERDUE: { text: 'Overdue', colour: 'red' },
  DUE_SOON: { text: 'Due soon', colour: 'yellow' },
  ON_TRACK: { text: 'On track', colour: 'green' },
};

export function statusTag(
  status: ReviewStatus | null | undefined,
): { text: string; colour: 'red' | 'yellow' | 'green' | 'grey' } | null {
  if (!status) return null;
  return STATUS_TAGS[status];
}

const RELATIONSHIP_LABELS: Record<RelationshipKind, string> = {
  IRO: 'Independent reviewing officer',
  SOCIAL_WORKER: 'Social worker',
  CARER: 'Carer',
  PARENT: 'Parent',
  ADVOCATE: 'Advocate',
  GUARDIAN: "Children's guardian",
  SELF: 'This is your own record',
  MANAGER: 'Manager',
};

export function relationshipLabel(kind: RelationshipKind): string {
  return RELATIONSHIP_LABELS[kind];
}

const ROLE_LABELS: Record<Role, string> = {
  IRO: 'Independent reviewing officer',
  IRO_MANAGER: 'IRO manager',
  SOCIAL_WORKER: 'Social worker',
  ADVOCATE: 'Advocate',
  GUARDIAN: "Children's guardian",
  PARENT: 'Parent',
  FOSTER_CARER: 'Foster carer',
  YOUNG_PERSON: 'Young person',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export const PAGE_SIZE = 25;

/** ?page=N → a positive page number (1 for anything else). */
export function pageNumber(url: URL): number {
  const raw = url.searchParams.get('page');
  if (!raw || !/^\d{1,6}$/.test(raw)) return 1;
  return Math.max(1, Number(raw));
}

/** The page asked for, as GraphQL paging arguments. */
export function pageRequest(
  url: URL,
  size = PAGE_SIZE,
): { page: number; variables: { first: number; offset: number } } {
  const page = pageNumber(url);
  return { page, variables: { first: size, offset: (page - 1) * size } };
}

/** How many pages a total makes (at least one), and whether the asked-for page is among them. */
export function pageCount(totalCount: number, page: number, size = PAGE_SIZE): { pages: number; exists: boolean } {
  const pages = Math.max(1, Math.ceil(totalCount / size));
  return { pages, exists: page <= pages };
}
