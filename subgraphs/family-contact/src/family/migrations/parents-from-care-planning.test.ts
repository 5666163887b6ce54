import { randomUUID } from 'node:crypto';
import { endRelationships, grantRelationship, liveRelationships, upsertPerson } from '@lac/access';
import { definition as carePlanningDefinition, allocate, registerChild } from '@lac/care-planning';
import { createDataSource, migrate } from '@lac/subgraph-kit';
import { createTestDatabase } from '@lac/testing';
import type { DataSource, EntityManager } from 'typeorm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { definition } from '../../subgraph';
import { ParentsFromCarePlanning1795996800100 } from './2026-11-30-parents-from-care-planning';

/**
 * Family-contact takes over the parents care-planning recorded (docs/architecture.md#the-shape). On a database shaped
 * like today's — parents with and without parental responsibility, one parent of two children, a relationship already
 * ended, and access that has nothing to do with parents — every person's access must be the same after the hand-over,
 * on the same relationship rows, now sourced to the family member that grants it; and undoing it must restore every
 * row.
 */
const TODAY = '2026-11-30';
const LA = '0a0a0a0a-0000-4000-8000-0000000000b1';
let url: string;
let carePlanning: DataSource;
let familyContact: DataSource;
const people = { both: randomUUID(), noPr: randomUUID(), ended: randomUUID(), iro: randomUUID() };
const children: { a: string; b: string } = { a: '', b: '' };

/**
 * A parent as care-planning recorded one before the hand-over (its `recordParent`, since removed): a row in its parents
 * table and, with parental responsibility, the `parent` relationship sourced to that row.
 */
async function legacyParent(
  em: EntityManager,
  input: { childId: string; personId: string; hasParentalResponsibility: boolean; from: string },
): Promise<{ id: string }> {
  const [row] = await em.query<Array<{ id: string }>>(
    `INSERT INTO care_planning.parents (child_id, person_id, has_parental_responsibility) VALUES ($1, $2, $3)
     RETURNING id`,
    [input.childId, input.personId, input.hasParentalResponsibility],
  );
  if (input.hasParentalResponsibility) {
    await grantRelationship(em, {
      personId: input.personId,
      childId: input.childId,
      kind: 'parent',
      from: input.from,
      source: `care-planning:parent:${row.id}`,
    });
  }
  return row;
}

type Row = {
  id: string;
  person_id: string;
  child_id: string;
  kind: string;
  valid_from: string;
  valid_to: string | null;
  source: string;
};
const relationships = (): Promise<Row[]> =>
  carePlanning.query(
    `SELECT id, person_id, child_id, kind, valid_from::text, valid_to::text, source FROM access.relationships ORDER BY id`,
  );
const members = (): Promise<
  Array<{
    id: string;
    child_id: string;
    person_id: string;
    relation: string;
    parental_responsibility: boolean;
    since: string | null;
    legacy_parent_id: string;
  }>
> =>
  carePlanning.query(
    `SELECT id, child_id, person_id, relation, parental_responsibility, parental_responsibility_since::text AS since,
            legacy_parent_id FROM family_contact.family_members ORDER BY person_id, child_id`,
  );
const accessOf = async (personId: string) =>
  (await liveRelationships(carePlanning.manager, personId, TODAY)).sort((x, y) => x.childId.localeCompare(y.childId));

let before: Row[];
let accessBefore: Record<string, unknown>;

beforeAll(async () => {
  url = await createTestDatabase(inject('databaseUrl'), 'handover');
  const cp = carePlanningDefinition;
  carePlanning = createDataSource({
    url,
    schema: cp.schema,
    entities: cp.entities,
    migrations: cp.migrations,
  }).dataSource;
  await migrate(carePlanning, url, cp.schema);

  // The data care-planning wrote before the hand-over (its parents table and the relationships sourced from it).
  await carePlanning.transaction(async (em) => {
    await em.query(`INSERT INTO care_planning.local_authorities (id, code, name) VALUES ($1, 'LAB1', 'Fernvale')`, [
      LA,
    ]);
    for (const [key, id] of Object.entries(people)) {
      await upsertPerson(em, {
        id,
        displayName: `Handover ${key}`,
        role: key === 'iro' ? 'iro' : 'parent',
        localAuthorityId: null,
      });
    }
    for (const key of ['a', 'b'] as const) {
      const child = await registerChild(
        em,
        { localAuthorityId: LA, givenName: `Sibling${key}`, familyName: 'Testbrook', dateOfBirth: '2016-02-02' },
        TODAY,
      );
      children[key] = child.id;
      await allocate(em, { childId: child.id, role: 'iro', personId: people.iro, from: '2026-01-05' });
      await legacyParent(em, {
        childId: child.id,
        personId: people.both,
        hasParentalResponsibility: true,
        from: '2026-01-05',
      });
    }
    await legacyParent(em, {
      childId: children.a,
      personId: people.noPr,
      hasParentalResponsibility: false,
      from: '2026-01-05',
    });
    const ended = await legacyParent(em, {
      childId: children.b,
      personId: people.ended,
      hasParentalResponsibility: true,
      from: '2026-02-01',
    });
    await endRelationships(em, `care-planning:parent:${ended.id}`, '2026-06-30');
  });
  before = await relationships();
  accessBefore = Object.fromEntries(
    await Promise.all(Object.entries(people).map(async ([k, id]) => [k, await accessOf(id)])),
  );

  const fc = definition;
  familyContact = createDataSource({
    url,
    schema: fc.schema,
    entities: fc.entities,
    migrations: fc.migrations,
  }).dataSource;
  await migrate(familyContact, url, fc.schema);
});

afterAll(async () => {
  await familyContact?.destroy();
  await carePlanning?.destroy();
});

describe('the parents hand-over from care-planning to family-contact', () => {
  it('loses no one’s access: the same relationship rows, dates and kinds, for every person', async () => {
    const after = await relationships();
    const strip = (rows: Row[]) => rows.map(({ source: _source, ...rest }) => rest);
    expect(strip(after)).toEqual(strip(before));
    for (const [key, id] of Object.entries(people)) expect(await accessOf(id), key).toEqual(accessBefore[key]);
    expect(accessBefore.both).toHaveLength(2);
    expect(accessBefore.ended).toEqual([]);
  });

  it('makes every parent a family member with parental responsibility as recorded, since the day access began', async () => {
    const rows = await members();
    const expected = [
      { person: people.both, child: children.a, pr: true, since: '2026-01-05' },
      { person: people.both, child: children.b, pr: true, since: '2026-01-05' },
      { person: people.noPr, child: children.a, pr: false, since: null },
      { person: people.ended, child: children.b, pr: true, since: '2026-02-01' },
    ];
    expect(
      rows.map((r) => ({ person: r.person_id, child: r.child_id, pr: r.parental_responsibility, since: r.since })),
    ).toEqual(expect.arrayContaining(expected));
    expect(rows).toHaveLength(expected.length);
    expect(rows.every((r) => r.relation === 'parent' && r.legacy_parent_id)).toBe(true);
  });

  it('re-sources each parent relationship to the member that now grants it, and leaves every other source alone', async () => {
    const after = await relationships();
    const byId = new Map((await members()).map((m) => [m.id, m]));
    for (const [i, row] of after.entries()) {
      if (row.kind !== 'parent') {
        expect(row.source).toBe(before[i].source);
        continue;
      }
      const member = byId.get(row.source.replace(/^family-contact:member:/, ''));
      expect(row.source.startsWith('family-contact:member:')).toBe(true);
      expect(member && [member.person_id, member.child_id]).toEqual([row.person_id, row.child_id]);
    }
    expect(after.filter((r) => r.source.startsWith('care-planning:parent:'))).toEqual([]);
  });

  it('can be undone exactly (every source restored, no members left), and redone', async () => {
    const after = await relationships();
    // The hand-over's own down and up (later migrations, which add tables, stay in place).
    const handOver = new ParentsFromCarePlanning1795996800100();
    const runner = familyContact.createQueryRunner();
    try {
      await handOver.down(runner);
      expect(await relationships()).toEqual(before);
      expect(await members()).toEqual([]);
      await handOver.up(runner);
    } finally {
      await runner.release();
    }
    const redone = await relationships();
    expect(redone.map((r) => r.source.startsWith('family-contact:member:'))).toEqual(
      after.map((r) => r.source.startsWith('family-contact:member:')),
    );
    for (const [key, id] of Object.entries(people)) expect(await accessOf(id), key).toEqual(accessBefore[key]);
  });
});
