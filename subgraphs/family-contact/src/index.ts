export { definition, startFamilyContact } from './subgraph';
export { recordFamilyMember, type NewFamilyMember } from './family/record-family-member';
export { FamilyMember } from './family/family-member.entity';
export { createArrangement, changeArrangement } from './contact/save-arrangement';
export { recordOutcome, scheduleSession } from './sessions/save-session';
export { ContactFacilitator, ContactType, SupervisionLevel, VenueType } from './contact/enums';
export { CancelledBy, SessionStatus } from './sessions/enums';
export { FamilyRelation, SiblingLiving } from './family/relation.enum';
