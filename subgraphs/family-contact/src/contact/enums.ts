import { registerEnumType } from 'type-graphql';

export enum ContactType {
  FACE_TO_FACE = 'face_to_face',
  SUPERVISED = 'supervised',
  SUPPORTED = 'supported',
  VIDEO = 'video',
  PHONE = 'phone',
  LETTERBOX = 'letterbox',
}
registerEnumType(ContactType, {
  name: 'ContactType',
  description: 'How contact happens; LETTERBOX is indirect contact by letter through the local authority',
});

export enum SupervisionLevel {
  NONE = 'none',
  SUPPORTED = 'supported',
  SUPERVISED = 'supervised',
  CLOSELY_SUPERVISED = 'closely_supervised',
}
registerEnumType(SupervisionLevel, { name: 'SupervisionLevel' });

/** The kind of place, never its address. A carer's home is confidential from a parent (it would reveal the placement). */
export enum VenueType {
  CONTACT_CENTRE = 'contact_centre',
  CARER_HOME = 'carer_home',
  FAMILY_HOME = 'family_home',
  COMMUNITY = 'community',
  SCHOOL = 'school',
  REMOTE = 'remote',
  OTHER = 'other',
}
registerEnumType(VenueType, { name: 'VenueType' });

export enum ContactFacilitator {
  SOCIAL_WORKER = 'social_worker',
  CONTACT_WORKER = 'contact_worker',
  CARER = 'carer',
  FAMILY = 'family',
  OTHER = 'other',
}
registerEnumType(ContactFacilitator, { name: 'ContactFacilitator', description: 'Who makes the contact happen' });
