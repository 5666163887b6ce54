import type { DemoAuthority } from '@lac/testing';
import { addWorkingDays, parseIsoDate } from '@lac/statutory';
import type { DataSource, EntityManager, ObjectLiteral, EntityTarget } from 'typeorm';
import { allocate } from '../allocations/allocate';
import { LocalAuthority } from '../children/local-authority.entity';
import { LocalAuthoritySettingsRow } from '../settings/local-authority-settings.entity';
import { registerChild } from '../children/register-child';
import { LegalStatus } from '../legal-status/legal-status.entity';
import { recomputeAuthorityReviewSchedule } from '../reviews/stored-schedule';
import { PeriodOfCare } from '../periods/period-of-care.entity';
import { Review } from '../reviews/review.entity';
import { demoCast, reviewsInPeriod } from './cast';
import { DemoAccess } from './demo-access';
import { seedCarePlans } from './seed-care-plans';
import { seedMeetings } from './seed-meetings';
import { seedRecommendations } from './seed-recommendations';
import { seedVoice } from './seed-voice';

export interface CarePlanningSeedResult {
  /** False when the demo local authority was already there and nothing was written. */
  seeded: boolean;
  children: number;
  periodsOfCare: number;
  legalStatuses: number;
  reviews: number;
  allocations: number;
  carePlanVersions: number;
  reviewMeetings: number;
  recommendations: number;
}

/**
 * The batch-inserted reviews' records were finished on time (decisions out in 3 working days, the record in 14,
 * when those days have come): left empty, every past review would count as an overdue record.
 */
function timescalesMet(heldOn: string, today: string): Pick<Review, 'decisionsIssuedOn' | 'recordCompletedOn'> {
  const on = (n: number) => {
    const d = addWorkingDays(parseIsoDate(heldOn), n);
    return d <= today ? d : null;
  };
  return { decisionsIssuedOn: on(3), recordCompletedOn: on(14) };
}

async function insertInChunks<T extends ObjectLiteral>(
  em: EntityManager,
  entity: EntityTarget<T>,
  rows: T[],
): Promise<void> {
  for (let at = 0; at < rows.length; at += 500) await em.getRepository(entity).insert(rows.slice(at, at + 500));
}

/**
 * The demo local authority's care-planning facts in one transaction. Children and allocations go through the
 * domain functions, so access (access.children and the self, iro and social_worker relationships) is
 * written exactly as in production; periods, legal statuses and reviews grant nothing and are batch-inserted.
 * Then, as the allocated social worker and the demo IRO would through the mutations (policy checked, validated):
 * care plans, the latest reviews' meeting records and timescales, published outcomes and recommendations.
 * Needs the demo people in access.people (seedIdentity) first. Does nothing when the local authority exists. The
 * parents and their `parent` relationship are family-contact's (its demo seed records them).
 */
export async function seedCarePlanning(
  dataSource: DataSource,
  authority: DemoAuthority,
): Promise<CarePlanningSeedResult> {
  const { children, today, localAuthority } = authority;
  const result: CarePlanningSeedResult = {
    seeded: false,
    children: children.length,
    periodsOfCare: children.reduce((n, c) => n + c.periodsOfCare.length, 0),
    legalStatuses: children.reduce((n, c) => n + c.legalStatuses.length, 0),
    reviews: children.reduce((n, c) => n + c.reviews.length, 0),
    allocations: children.reduce((n, c) => n + c.allocations.length, 0),
    carePlanVersions: 0,
    reviewMeetings: 0,
    recommendations: 0,
  };
  const cast = demoCast(authority);
  // The demo IRO's latest reviews are recorded below through the domain functions, timescales included.
  const latestRecorded = new Set(cast.withMeeting.map((c) => `${c.id}:${reviewsInPeriod(c).at(-1)}`));
  if (await dataSource.getRepository(LocalAuthority).existsBy({ id: localAuthority.id })) return result;

  const people: unknown[] = await dataSource.query('SELECT 1 FROM access.people WHERE id = $1', [
    authority.accounts[0].personId,
  ]);
  if (people.length === 0)
    throw new Error('The demo people are missing from access.people: run the identity seeder (gateway) first');
  let counts = { carePlanVersions: 0, reviewMeetings: 0, recommendations: 0 };
  await dataSource.transaction(async (em) => {
    await em
      .getRepository(LocalAuthority)
      .insert({ id: localAuthority.id, code: localAuthority.code, name: localAuthority.name });
    // The demo authority shows families the IRO's work email (docs/domain.md#who-sees-what).
    await em
      .getRepository(LocalAuthoritySettingsRow)
      .insert({ localAuthorityId: localAuthority.id, iroContactShown: 'email' });
    for (const c of children) {
      await registerChild(
        em,
        {
          id: c.id,
          localAuthorityId: localAuthority.id,
          givenName: c.givenName,
          familyName: c.familyName,
          dateOfBirth: c.dateOfBirth,
          personId: c.personId,
        },
        today,
      );
    }
    await insertInChunks(
      em,
      PeriodOfCare,
      children.flatMap((c) =>
        c.periodsOfCare.map((p) => ({ childId: c.id, startDate: p.startDate, endDate: p.endDate }) as PeriodOfCare),
      ),
    );
    await insertInChunks(
      em,
      LegalStatus,
      children.flatMap((c) =>
        c.legalStatuses.map(
          (l) => ({ childId: c.id, code: l.code, startDate: l.startDate, endDate: l.endDate }) as LegalStatus,
        ),
      ),
    );
    await insertInChunks(
      em,
      Review,
      children.flatMap((c) => {
        const iro = c.allocations.find((a) => a.role === 'iro')!.personId;
        return c.reviews.map(
          (heldOn) =>
            ({
              childId: c.id,
              heldOn,
              recordedBy: iro,
              ...(latestRecorded.has(`${c.id}:${heldOn}`) ? {} : timescalesMet(heldOn, today)),
            }) as Review,
        );
      }),
    );
    for (const c of children) {
      for (const a of c.allocations)
        await allocate(em, { childId: c.id, role: a.role, personId: a.personId, from: a.from });
    }
    // Bulk inserts bypass the domain writes, so the stored next reviews are worked out once for every child here.
    await recomputeAuthorityReviewSchedule(em, localAuthority.id);
    await seedVoice(em, authority);
    const access = new DemoAccess(em, today);
    counts = {
      carePlanVersions: await seedCarePlans(em, authority, cast, access),
      reviewMeetings: await seedMeetings(em, authority, cast, access),
      recommendations: await seedRecommendations(em, authority, cast, access),
    };
  });
  return { ...result, ...counts, seeded: true };
}
