import { registerEnumType } from 'type-graphql';

/** What happened: LATE took place but started late; MISSED means the family member did not come. */
export enum SessionStatus {
  SCHEDULED = 'scheduled',
  TOOK_PLACE = 'took_place',
  LATE = 'late',
  MISSED = 'missed',
  CANCELLED = 'cancelled',
}
registerEnumType(SessionStatus, { name: 'ContactSessionStatus' });

export enum CancelledBy {
  FAMILY_MEMBER = 'family_member',
  CHILD = 'child',
  CARER = 'carer',
  LOCAL_AUTHORITY = 'local_authority',
  CONTACT_SERVICE = 'contact_service',
}
registerEnumType(CancelledBy, { name: 'ContactCancelledBy', description: 'Who called a session off' });
