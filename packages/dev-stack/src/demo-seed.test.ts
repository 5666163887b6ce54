import 'reflect-metadata';
import { generateSigningKeys, liveRelationships } from '@lac/access';
import { createDataSource, migrate } from '@lac/database';
import { createTestDatabase, demoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { seedIdentity } from '../../../gateway/src/demo/seed-identity';
import { Identity1795000000100 } from '../../../gateway/src/migrations/1795000000100-Identity';
import { startGateway } from '../../../gateway/src/server';
import { demoCast } from '../../../subgraphs/care-planning/src/demo/cast';
import { seedCarePlanning } from '../../../subgraphs/care-planning/src/demo/seed';
import { seedUpcomingReviews } from '../../../subgraphs/care-planning/src/demo/seed-upcoming';
import { definition as carePlanning, startCarePlanning } from '../../../subgraphs/care-planning/src/subgraph';
import { seedPlacements } from '../../../subgraphs/placements/src/demo/seed';
import { definition as placements, startPlacements } from '../../../subgraphs/placements/src/subgraph';
import { seedFamilyContact } from '../../../subgraphs/family-contact/src/demo/seed';
import { definition as familyContact } from '../../../subgraphs/family-contact/src/subgraph';

const TODAY = '2026-11-23';
const demo = demoAuthority(TODAY);
const accountOf = (username: string) => demo.accounts.find((a) => a.username === username)!.personId;

let url: string;
const sources: DataSource[] = [];
async function open(schema: string, entities: Function[], migrations: Function[]): Promise<DataSource> {
  const { dataSource } = createDataSource({ url, schema, entities, migrations });
  await dataSource.initialize();
  await migrate(dataSource, url, schema);
  sources.push(dataSource);
  return dataSource;
}

async function counts(db: DataSource): Promise<Record<string, number>> {
  const tables = [
    'access.people',
    'access.children',
    'access.relationships',
    'identity.accounts',
    'care_planning.local_authorities',
    'care_planning.children',
    'care_planning.periods_of_care',
    'care_planning.legal_statuses',
    'care_planning.allocations',
    'care_planning.parents',
    'family_contact.family_members',
    'care_planning.reviews',
    'care_planning.care_plan_versions',
    'care_planning.review_decisions',
    'care_planning.review_publications',
    'care_planning.review_invitations',
    'care_planning.review_views',
    'care_planning.recommendations',
    'care_planning.recommendation_outcomes',
    'placements.placements',
    'placements.placement_plans',
    'placements.social_worker_visits',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = (await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0].n;
  return out;
}

describe('demo seeders', () => {
  let identityDb: DataSource;
  let carePlanningDb: DataSource;
  let placementsDb: DataSource;
  let familyContactDb: DataSource;

  beforeAll(async () => {
    url = await createTestDatabase(inject('databaseUrl'), 'demo');
    identityDb = await open('identity', [], [Identity1795000000100]);
    carePlanningDb = await open(carePlanning.schema, carePlanning.entities, carePlanning.migrations);
    placementsDb = await open(placements.schema, placements.entities, placements.migrations);
    familyContactDb = await open(familyContact.schema, familyContact.entities, familyContact.migrations);
  });
  afterAll(async () => {
    for (const s of sources) await s.destroy();
  });

  it('seeds identity, care planning and placements with relationships written by the domain functions', async () => {
    const started = Date.now();
    expect((await seedIdentity(identityDb, demo)).seeded).toBe(true);
    expect((await seedCarePlanning(carePlanningDb, demo)).seeded).toBe(true);
    expect((await seedPlacements(placementsDb, demo)).seeded).toBe(true);
    // The parents and their `parent` relationship are family-contact's (docs/architecture.md#the-shape).
    expect((await seedFamilyContact(familyContactDb, demo)).seeded).toBe(true);
    expect((await seedUpcomingReviews(carePlanningDb, demo)).seeded).toBe(true);
    const elapsed = Date.now() - started;
    console.log(`demo seed: ${elapsed} ms`);
    expect(elapsed).toBeLessThan(20_000);

    const n = await counts(identityDb);
    expect(n['identity.accounts']).toBe(demo.accounts.length);
    expect(n['access.people']).toBe(demo.people.length);
    expect(n['care_planning.children']).toBe(300);
    expect(n['access.children']).toBe(300);
    expect(n['care_planning.allocations']).toBe(600);
    expect(n['placements.placements']).toBe(300);
    // Most foster placements have a plan (some are overdue on purpose) and every current placement some visits.
    expect(n['placements.placement_plans']).toBeGreaterThan(150);
    expect(n['placements.social_worker_visits']).toBeGreaterThan(300);
    const demoCarer = demo.accounts.find((a) => a.username === 'foster-carer')!.personId;
    const [carerChildren] = await placementsDb.query(
      `SELECT count(*)::int AS placements, count(pp.id)::int AS plans,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM placements.social_worker_visits v WHERE v.placement_id = p.id))::int AS visited
         FROM placements.placements p LEFT JOIN placements.placement_plans pp ON pp.placement_id = p.id
        WHERE p.carer_person_id = $1 AND p.end_date IS NULL`,
      [demoCarer],
    );
    expect(carerChildren).toEqual({ placements: 2, plans: 2, visited: 2 });
    // The held reviews plus the three planned after placements.
    expect(n['care_planning.reviews']).toBe(demo.children.reduce((s, c) => s + c.reviews.length, 0) + 3);
    expect(n['care_planning.care_plan_versions']).toBeGreaterThan(40);
    expect(n['care_planning.review_publications']).toBe(4);
    expect(n['care_planning.recommendations']).toBeGreaterThanOrEqual(12);
    expect(n['care_planning.recommendation_outcomes']).toBeGreaterThan(0);
    expect(n['care_planning.review_views']).toBe(1);

    const live = (username: string) => liveRelationships(identityDb, accountOf(username), TODAY);
    const parent = await live('parent');
    expect(parent).toHaveLength(1);
    expect(parent[0].kind).toBe('parent');
    const carer = await live('foster-carer');
    expect(carer.map((r) => r.kind)).toEqual(['carer', 'carer']);
    expect(new Set(carer.map((r) => r.childId)).size).toBe(2);
    // The second carer account of the same household has the same two children (docs/decisions/0023-households.md).
    const second = await live('foster-carer-2');
    expect(second.map((r) => r.childId).sort()).toEqual(carer.map((r) => r.childId).sort());
    const [agency] = await placementsDb.query(
      `SELECT count(DISTINCT h.id)::int AS households, count(p.id)::int AS placements,
              bool_and(p.provider_code = 'PR4') AS coded
         FROM placements.households h JOIN placements.providers pr ON pr.id = h.provider_id
         LEFT JOIN placements.placements p ON p.household_id = h.id
        WHERE pr.kind = 'agency'`,
    );
    expect(agency.households).toBe(1);
    expect(agency.placements).toBeGreaterThan(0);
    expect(agency.coded).toBe(true);
    const self = await live('young-person');
    expect(self).toEqual([{ childId: expect.any(String), kind: 'self' }]);
    const iro = await live('iro');
    expect(iro.filter((r) => r.kind === 'iro')).toHaveLength(50);
    expect(await live('advocate')).toEqual([]);
    expect(await live('guardian')).toEqual([]);
    // The children's homes grant nothing: only foster placements have a carer relationship (two for the demo
    // carer's two children, whose household has two carer accounts).
    const carers = await identityDb.query(`SELECT count(*)::int AS n FROM access.relationships WHERE kind = 'carer'`);
    expect(carers[0].n).toBe(demo.children.filter((c) => c.placement.carerPersonId).length + 2);
  });

  it('changes nothing when run again', async () => {
    const before = await counts(identityDb);
    expect((await seedIdentity(identityDb, demo)).seeded).toBe(false);
    expect((await seedCarePlanning(carePlanningDb, demo)).seeded).toBe(false);
    expect((await seedPlacements(placementsDb, demo)).seeded).toBe(false);
    expect((await seedFamilyContact(familyContactDb, demo)).seeded).toBe(false);
    expect((await seedUpcomingReviews(carePlanningDb, demo)).seeded).toBe(false);
    expect(await counts(identityDb)).toEqual(before);
  });

  it('shows each demo account the new features through the gateway', async () => {
    const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
    const shared = {
      databaseUrl: url,
      gatewayPublicKey: JSON.stringify(keys.internal.publicJwk),
      today: () => TODAY,
      poolSize: 2,
    };
    const cp = await startCarePlanning(shared);
    const pl = await startPlacements(shared);
    const gateway = await startGateway({
      databaseUrl: url,
      userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
      subgraphUrls: { 'care-planning': cp.url, placements: pl.url },
      today: () => TODAY,
    });
    try {
      const as = async (username: string) => {
        const res = await fetch(`${gateway.origin}/auth/token`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password: 'demo-password' }),
        });
        expect(res.status).toBe(200);
        const token = ((await res.json()) as { access_token: string }).access_token;
        return async (query: string, variables: Record<string, unknown> = {}) => {
          const r = await fetch(gateway.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          });
          const body = (await r.json()) as { data?: any; errors?: unknown };
          expect(body.errors).toBeUndefined();
          return body.data;
        };
      };
      const cast = demoCast(demo);

      // The IRO's caseload: care-plan flags, drifting recommendations and overdue records, each on some child.
      const iro = await as('iro');
      const caseload = (
        await iro(`{ me { caseload(first: 100) { items { id carePlanFlags { code } driftingRecommendationCount overdueReviewRecords
          recommendations { drift { reason } } } } } }`)
      ).me.caseload.items as Array<{
        id: string;
        carePlanFlags: Array<{ code: string }>;
        driftingRecommendationCount: number;
        overdueReviewRecords: number;
        recommendations: Array<{ drift: Array<{ reason: string }> }>;
      }>;
      expect(caseload).toHaveLength(50);
      const flagged = (code: string) => caseload.filter((c) => c.carePlanFlags.some((f) => f.code === code)).length;
      expect(flagged('NO_PERMANENCE_PLAN_BY_SECOND_REVIEW')).toBeGreaterThanOrEqual(3);
      expect(flagged('ACTIONS_ONLY_ARRANGEMENTS')).toBeGreaterThanOrEqual(2);
      expect(flagged('NO_CARE_PLAN')).toBeLessThan(10);
      const reasons = new Set(caseload.flatMap((c) => c.recommendations.flatMap((r) => r.drift.map((d) => d.reason))));
      expect([...reasons].sort()).toEqual([
        'CARRIED_FORWARD_NO_NEW_DATE',
        'CARRIED_FORWARD_WITHOUT_PROGRESS',
        'OVERDUE',
      ]);
      expect(caseload.filter((c) => c.driftingRecommendationCount > 0).length).toBeGreaterThanOrEqual(4);
      // Only the few cast as overdue: the other records were finished on time.
      const overdue = caseload
        .filter((c) => c.overdueReviewRecords > 0)
        .map((c) => c.id)
        .sort();
      expect(overdue).toEqual([...cast.decisionsOverdue, ...cast.fullRecordOverdue].sort());
      expect(overdue.length).toBeGreaterThanOrEqual(2);

      const REVIEWS = `query($id: ID!) { child(id: $id) { reviews { heldOn venue participationCode
        outcome { childLetter { text decisions { text } } parentVersion { text decisions { text } } carerVersion { text decisions { text } } } }
        upcomingReview { plannedFor invitations { role viewsSent } } } }`;

      // The parent reads the parent version of the latest review; never the child's letter or the carer's.
      const parentView = (await (await as('parent'))(REVIEWS, { id: cast.parentChild.id })).child;
      const published = parentView.reviews.find((r: any) => r.outcome);
      expect(published.outcome.parentVersion.text).toContain(cast.parentChild.givenName);
      expect(published.outcome.parentVersion.decisions.length).toBeGreaterThan(0);
      expect(published.outcome.childLetter).toBeNull();
      expect(published.outcome.carerVersion).toBeNull();
      expect(parentView.upcomingReview.plannedFor).toBeTruthy();

      // The demo authority shows families the IRO's work email, not their phone (docs/domain.md#who-sees-what).
      const IRO_CONTACT = `query($id: ID!) { child(id: $id) { iroContact { name email phone } } }`;
      const contact = (await (await as('parent'))(IRO_CONTACT, { id: cast.parentChild.id })).child.iroContact;
      expect(contact.email).toMatch(/@ashbury\.example$/);
      expect(contact.phone).toBeNull();
      expect(contact.name).toBeTruthy();

      // The carer reads the carer version for both children placed with them.
      const carer = await as('foster-carer');
      for (const c of cast.carerChildren) {
        const seen = (await carer(REVIEWS, { id: c.id })).child;
        expect(seen.reviews.find((r: any) => r.outcome).outcome.carerVersion.text).toContain(c.givenName);
      }

      // The young person reads their letter; their upcoming review waits for their views.
      const YOUNG = `query($id: ID!) { child(id: $id) { reviews { outcome { childLetter { text } parentVersion { text } } }
        upcomingReview { plannedFor consultation { role } } } }`;
      const self = (await (await as('young-person'))(YOUNG, { id: cast.youngPersonChild.id })).child;
      const letter = self.reviews.find((r: any) => r.outcome).outcome;
      expect(letter.childLetter.text).toMatch(/^Dear /);
      expect(letter.parentVersion).toBeNull();
      expect(self.upcomingReview.plannedFor).toBeTruthy();
      expect(self.upcomingReview.consultation).toEqual([]);

      // The IRO sees who was invited (the carer too: planned after placements) and that one parent has replied.
      const INVITED = `query($id: ID!) { child(id: $id) { upcomingReview { invitations { role viewsSent } } } }`;
      const invited = (await iro(INVITED, { id: cast.youngPersonChild.id })).child.upcomingReview.invitations as Array<{
        role: string;
        viewsSent: boolean;
      }>;
      expect(invited.map((i) => i.role)).toEqual(expect.arrayContaining(['child', 'parent', 'carer', 'social_worker']));
      expect(invited.find((i) => i.role === 'child')!.viewsSent).toBe(false);
      expect(invited.some((i) => i.role === 'parent' && i.viewsSent)).toBe(true);
    } finally {
      await gateway.stop();
      await cp.stop();
      await pl.stop();
    }
  });
});
