import { addDays, parseIsoDate } from '@lac/statutory';
import type { DemoAuthority, DemoChild } from '@lac/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { ContactFacilitator, ContactType, SupervisionLevel, VenueType } from '../contact/enums';
import { createArrangement } from '../contact/save-arrangement';
import type { ContactTermsInput } from '../contact/terms';
import { FamilyMember } from '../family/family-member.entity';
import { recordFamilyMember } from '../family/record-family-member';
import { FamilyRelation, SiblingLiving } from '../family/relation.enum';
import { CancelledBy, SessionStatus } from '../sessions/enums';
import { recordOutcome, scheduleSession } from '../sessions/save-session';

export interface FamilyContactSeedResult {
  /** False when the demo parent's child already had a sibling recorded and nothing was written. */
  seeded: boolean;
  /** The demo children's parents, each with the `parent` relationship where they hold parental responsibility. */
  parentsRecorded: number;
  arrangements: number;
  sessions: number;
}

const plusDays = (d: string, n: number): string => addDays(parseIsoDate(d), n);

/** The demo parent's child, and a child on the same IRO's caseload placed with someone else: their sibling. */
export function demoFamily(authority: DemoAuthority): { child: DemoChild; sibling: DemoChild; parentId: string } {
  const person = (username: string) => authority.accounts.find((a) => a.username === username)!.personId;
  const parentId = person('parent');
  const iroId = person('iro');
  const child = authority.children.find((c) => c.parents.some((p) => p.personId === parentId))!;
  const sibling = authority.children.find(
    (c) =>
      c.id !== child.id &&
      c.personId === null &&
      c.allocations.some((a) => a.role === 'iro' && a.personId === iroId) &&
      c.placement.carerPersonId !== null &&
      c.placement.carerPersonId !== child.placement.carerPersonId &&
      c.placement.carerPersonId !== person('foster-carer'),
  )!;
  return { child, sibling, parentId };
}

const terms = (over: Partial<ContactTermsInput>): ContactTermsInput => ({
  type: ContactType.SUPERVISED,
  frequency: 'Fortnightly on Saturdays, 10:00 to 12:00',
  supervisionLevel: SupervisionLevel.SUPERVISED,
  venueType: VenueType.CONTACT_CENTRE,
  transport: 'The carer brings the child and collects them',
  facilitatedBy: ContactFacilitator.CONTACT_WORKER,
  courtOrdered: false,
  ...over,
});

/**
 * The demo family network and contact, in one transaction: every demo child's parents (with the `parent`
 * relationship where they hold parental responsibility), then, for the demo
 * parent's child, a sibling placed elsewhere (both ways), a grandmother, and arrangements with the parent (past
 * sessions, one cancelled, and upcoming ones), the grandmother and the sibling. Needs care-planning's seed (children)
 * and placements' (carers) first. Fictional data only.
 */
export async function seedFamilyContact(
  dataSource: DataSource,
  authority: DemoAuthority,
): Promise<FamilyContactSeedResult> {
  const { today } = authority;
  const { child, sibling, parentId } = demoFamily(authority);
  const socialWorker = child.allocations.find((a) => a.role === 'social_worker')!.personId;
  const result = { seeded: false, parentsRecorded: 0, arrangements: 0, sessions: 0 };
  if (await dataSource.getRepository(FamilyMember).existsBy({ childId: child.id, relation: FamilyRelation.SIBLING }))
    return result;
  return dataSource.transaction(async (em) => {
    // Every demo child's parents, parental responsibility from the start of the current period of care, through the
    // domain function that grants the `parent` relationship (family-contact writes it: docs/architecture.md#the-shape).
    const names = new Map(authority.people.map((p) => [p.id, p.displayName]));
    for (const c of authority.children) {
      for (const p of c.parents) {
        await recordFamilyMember(
          em,
          {
            childId: c.id,
            personId: p.personId,
            displayName: names.get(p.personId) ?? 'Parent',
            relation: FamilyRelation.PARENT,
            parentalResponsibilitySince: p.hasParentalResponsibility ? c.periodsOfCare.at(-1)!.startDate : null,
          },
          today,
        );
        result.parentsRecorded += 1;
      }
    }
    const parent = await em.getRepository(FamilyMember).findOneByOrFail({ childId: child.id, personId: parentId });
    await em.getRepository(FamilyMember).update({ id: parent.id }, { relation: FamilyRelation.MOTHER });

    await recordFamilyMember(
      em,
      {
        childId: child.id,
        displayName: `${sibling.givenName} ${sibling.familyName}`,
        relation: FamilyRelation.SIBLING,
        siblingLiving: SiblingLiving.PLACED_ELSEWHERE,
        siblingChildId: sibling.id,
      },
      today,
    );
    const back = await recordFamilyMember(
      em,
      {
        childId: sibling.id,
        displayName: `${child.givenName} ${child.familyName}`,
        relation: FamilyRelation.SIBLING,
        siblingLiving: SiblingLiving.PLACED_ELSEWHERE,
        siblingChildId: child.id,
      },
      today,
    );
    const grandmother = await recordFamilyMember(
      em,
      { childId: child.id, displayName: 'Edith Marlowe', relation: FamilyRelation.GRANDPARENT },
      today,
    );
    const start = plusDays(today, -70);
    const make = (childId: string, familyMemberId: string, t: ContactTermsInput, reason: string) =>
      createArrangement(em, { childId, familyMemberId, startDate: start, terms: t, reason }, socialWorker, today);
    const withParent = await make(child.id, parent.id, terms({}), 'Agreed at the looked-after review');
    await make(
      child.id,
      grandmother.id,
      terms({
        type: ContactType.PHONE,
        frequency: 'Weekly on Sunday evenings',
        supervisionLevel: SupervisionLevel.NONE,
        venueType: VenueType.REMOTE,
        transport: null,
        facilitatedBy: ContactFacilitator.CARER,
      }),
      'Grandmother asked to keep in touch; the child agreed',
    );
    const withSibling = await make(
      sibling.id,
      back.id,
      terms({
        type: ContactType.FACE_TO_FACE,
        frequency: 'Monthly, a Saturday afternoon',
        supervisionLevel: SupervisionLevel.SUPPORTED,
        venueType: VenueType.COMMUNITY,
        transport: 'Each carer brings their child to the park café',
        facilitatedBy: ContactFacilitator.CARER,
      }),
      'Siblings placed apart: keep them together in each other’s lives',
    );
    result.arrangements = 3;

    const sessions = await seedSessions(em, withParent, today);
    await scheduleSession(
      em,
      withSibling,
      { date: plusDays(today, 12), startTime: '14:00', venueDescription: 'Northmere Park café', pickUpTime: '13:30' },
      today,
    );
    return { ...result, seeded: true, sessions: sessions + 1 };
  });
}

/** Two past sessions (one took place, one the carer cancelled) and two to come, one at a confidential venue. */
async function seedSessions(em: EntityManager, arrangement: Parameters<typeof scheduleSession>[1], today: string) {
  const at = (days: number, extra: Partial<Parameters<typeof scheduleSession>[2]> = {}) =>
    scheduleSession(
      em,
      arrangement,
      {
        date: plusDays(today, days),
        startTime: '10:00',
        venueDescription: 'Ashbury Family Centre, Mill Street',
        pickUpTime: '09:30',
        dropOffTime: '12:30',
        ...extra,
      },
      today,
    );
  const tookPlace = await at(-17);
  await recordOutcome(
    em,
    tookPlace,
    {
      expectedVersion: 1,
      status: SessionStatus.TOOK_PLACE,
      supervisorRecord: 'Arrived on time. Played a card game together; warm goodbye at 12:00.',
      childViews: 'Said it was fun and asked for longer visits.',
    },
    today,
  );
  const cancelled = await at(-3);
  await recordOutcome(
    em,
    cancelled,
    {
      expectedVersion: 1,
      status: SessionStatus.CANCELLED,
      cancelledBy: CancelledBy.CARER,
      cancellationReason: 'The child was unwell with a temperature',
    },
    today,
  );
  await at(4);
  await at(18, { venueDescription: 'The carer’s home (garden visit)', venueConfidential: true });
  return 4;
}
