import {
  CancelledBy,
  ContactFacilitator,
  ContactType,
  FamilyRelation,
  SessionStatus,
  SupervisionLevel,
  VenueType,
  createArrangement,
  recordFamilyMember,
  recordOutcome,
  scheduleSession,
} from '@lac/family-contact';
import type { System } from './system';

/**
 * A child's contact with their mother, written through family-contact's domain functions: the mother, a supervised
 * arrangement, three sessions cancelled in a row (the pattern the IRO sees) and one to come.
 */
export async function contactWithMother(system: System, childId: string, recordedBy: string, today: string) {
  return system.subgraphs['family-contact'].dataSource.transaction(async (em) => {
    const mother = await recordFamilyMember(
      em,
      { childId, displayName: 'Maya Testbrook', relation: FamilyRelation.MOTHER, parentalResponsibilitySince: null },
      today,
    );
    const arrangement = await createArrangement(
      em,
      {
        childId,
        familyMemberId: mother.id,
        startDate: '2026-09-01',
        reason: 'Agreed at the review',
        terms: {
          type: ContactType.SUPERVISED,
          frequency: 'Weekly',
          supervisionLevel: SupervisionLevel.SUPERVISED,
          venueType: VenueType.CONTACT_CENTRE,
          facilitatedBy: ContactFacilitator.CONTACT_WORKER,
          courtOrdered: false,
        },
      },
      recordedBy,
      today,
    );
    for (const date of ['2026-10-28', '2026-11-04', '2026-11-11']) {
      const session = await scheduleSession(em, arrangement, { date, startTime: '16:00' }, today);
      await recordOutcome(
        em,
        session,
        {
          expectedVersion: 1,
          status: SessionStatus.CANCELLED,
          cancelledBy: CancelledBy.FAMILY_MEMBER,
          cancellationReason: 'Unwell',
        },
        today,
      );
    }
    await scheduleSession(em, arrangement, { date: '2026-11-30', startTime: '16:00', pickUpTime: '15:30' }, today);
  });
}
