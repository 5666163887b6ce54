import type { ContactType, VenueType } from '../../../graphql/generated/graphql';

// Plain words for the contact page: what a family reads, not the codes the graph uses.

export const CONTACT_TYPE_WORDS: Record<ContactType, string> = {
  FACE_TO_FACE: 'Meeting in person',
  SUPERVISED: 'Supervised meeting',
  SUPPORTED: 'Supported meeting',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
  LETTERBOX: 'Letters through the local authority',
};

export const VENUE_WORDS: Record<VenueType, string> = {
  CONTACT_CENTRE: 'Family centre',
  CARER_HOME: 'Carer’s home',
  FAMILY_HOME: 'Family home',
  COMMUNITY: 'Out in the community',
  SCHOOL: 'School',
  REMOTE: 'By phone or video',
  OTHER: 'Somewhere else',
};

/**
 * Where a session is, as far as the reader may know: the named place when the graph gives it; otherwise a
 * confidential venue (withheld from a parent by the access policy) reads as something the social worker confirms,
 * never as the kind of place, which could itself point to the child's home.
 */
export function venueText(s: { venueDescription: string | null; venueConfidential: boolean; venueType: VenueType }) {
  if (s.venueDescription) return s.venueDescription;
  if (s.venueConfidential) return 'Your social worker will confirm the place';
  return VENUE_WORDS[s.venueType];
}
