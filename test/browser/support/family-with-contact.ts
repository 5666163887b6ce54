import { expect } from 'vitest';
import { graphql } from '../../graphql/generated';
import { LA_ID, World } from '../../support/factories';
import type { System } from '../../support/system';

export const PLACEMENT_LINE = '7 Heron Walk';
export const CONFIDENTIAL = 'Garden at the carer’s home';

const MEMBER = graphql(`
  mutation FamilyWithContactMember($input: RecordFamilyMemberInput!) {
    recordFamilyMember(input: $input) {
      id
    }
  }
`);
const ARRANGE = graphql(`
  mutation FamilyWithContactArrange($input: CreateContactArrangementInput!) {
    createContactArrangement(input: $input) {
      id
    }
  }
`);
const SCHEDULE = graphql(`
  mutation FamilyWithContactSchedule($input: ScheduleContactSessionInput!) {
    scheduleContactSession(input: $input) {
      id
    }
  }
`);

/**
 * The family the family's pages are tested on (family-home.test.ts, contact.test.ts), recorded through the graph as
 * the social worker would: Robin, placed at PLACEMENT_LINE with Cara; their mother Pat with parental responsibility
 * and a supervised arrangement with two sessions to come, one at a family centre and one at a CONFIDENTIAL venue. The
 * authority shows families the IRO's work phone, not their email (docs/domain.md#who-sees-what).
 */
export async function familyWithContact(system: System, today: string) {
  const world = new World(system, today);
  await world.localAuthority();
  const iro = await world.person('iro', 'Ivy Quillow');
  await world.workContact(iro.id, { email: 'ivy.quillow@fernvale.example', phone: '01632 960444' });
  await world.localAuthoritySettings(LA_ID, { iroContactShown: 'phone' });
  const socialWorker = await world.person('social_worker', 'Sol Testmoor');
  const parent = await world.person('parent', 'Pat Testmoor');
  const carer = await world.person('foster_carer', 'Cara Testmoor');
  const childId = await world.child({
    iro: iro.id,
    socialWorker: socialWorker.id,
    givenName: 'Robin',
    since: '2026-02-01',
  });
  await world.place(childId, carer.id, '2026-02-01', PLACEMENT_LINE);
  const sw = await socialWorker.token();
  const member = await system.graphql(sw, MEMBER, {
    input: {
      childId,
      personId: parent.id,
      displayName: 'Pat Testmoor',
      relation: 'MOTHER',
      parentalResponsibilitySince: '2013-05-02',
    },
  });
  const arranged = await system.graphql(sw, ARRANGE, {
    input: {
      childId,
      familyMemberId: member.data!.recordFamilyMember.id,
      startDate: '2026-09-01',
      reason: 'Agreed at the review',
      terms: {
        type: 'SUPERVISED',
        frequency: 'Fortnightly on Saturdays',
        supervisionLevel: 'SUPERVISED',
        venueType: 'CONTACT_CENTRE',
        facilitatedBy: 'CONTACT_WORKER',
        courtOrdered: false,
      },
    },
  });
  const arrangementId = arranged.data!.createContactArrangement.id;
  for (const input of [
    { date: '2026-11-28', venueDescription: 'Ashbury Family Centre', pickUpTime: '09:30', dropOffTime: '12:30' },
    { date: '2026-12-12', venueDescription: CONFIDENTIAL, venueConfidential: true, pickUpTime: '13:15' },
  ]) {
    const res = await system.graphql(sw, SCHEDULE, { input: { arrangementId, startTime: '10:00', ...input } });
    expect(res.errors, res.raw).toBeUndefined();
  }
  return { world, iro, socialWorker, parent, carer, childId };
}
