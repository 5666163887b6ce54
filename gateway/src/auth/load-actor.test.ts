import { randomUUID } from 'node:crypto';
import { generateSigningKeys, liveRelationships } from '@lac/access';
import { createTestDatabase } from '@lac/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningGateway, startGateway } from '../server';
import { loadActor } from './load-actor';

const AUTHORITY = randomUUID();
const [A, B, C] = [randomUUID(), randomUUID(), randomUUID()];

describe('loadActor: the person and their relationships in force, in one statement', () => {
  let gateway: RunningGateway;
  const iro = randomUUID();
  const disabled = randomUUID();
  const noAccount = randomUUID();

  beforeAll(async () => {
    const keys = { user: await generateSigningKeys(), internal: await generateSigningKeys() };
    gateway = await startGateway({
      databaseUrl: await createTestDatabase(inject('databaseUrl'), 'gateway_load_actor'),
      userTokenPrivateKey: JSON.stringify(keys.user.privateJwk),
      internalTokenPrivateKey: JSON.stringify(keys.internal.privateJwk),
      subgraphUrls: {},
    });
    const db = gateway.dataSource;
    for (const [id, name] of [
      [iro, 'Ada Lovelace-Test'],
      [disabled, 'Dora Disabled'],
      [noAccount, 'Nora Noaccount'],
    ]) {
      await db.query(
        `INSERT INTO access.people (id, display_name, role, local_authority_id) VALUES ($1, $2, 'iro', $3)`,
        [id, name, AUTHORITY],
      );
    }
    for (const [id, username] of [
      [iro, 'load-actor-iro'],
      [disabled, 'load-actor-disabled'],
    ]) {
      await db.query(`INSERT INTO identity.accounts (username, password_hash, person_id) VALUES ($1, 'x', $2)`, [
        username,
        id,
      ]);
    }
    await db.query(`UPDATE identity.accounts SET disabled_at = now() WHERE person_id = $1`, [disabled]);
    const relationship = (person: string, child: string, kind: string, from: string, to: string | null) =>
      db.query(
        `INSERT INTO access.relationships (person_id, child_id, kind, valid_from, valid_to, source) VALUES ($1, $2, $3, $4, $5, 'test')`,
        [person, child, kind, from, to],
      );
    // A: IRO from 1 March, twice (two sources say the same: one relationship); B: IRO until 31 May (ends on the
    // 31st: not in force that day); C: social worker from 1 June only.
    await relationship(iro, A, 'iro', '2026-03-01', null);
    await relationship(iro, A, 'iro', '2026-03-01', null);
    await relationship(iro, B, 'iro', '2026-01-01', '2026-05-31');
    await relationship(iro, C, 'social_worker', '2026-06-01', null);
    await relationship(disabled, A, 'iro', '2026-01-01', null);
  });
  afterAll(async () => {
    await gateway?.stop();
  });

  const sorted = (rs: ReadonlyArray<{ childId: string; kind: string }>) =>
    [...rs].sort((x, y) => `${x.childId}${x.kind}`.localeCompare(`${y.childId}${y.kind}`));

  it('reads exactly the relationships liveRelationships reads, on each side of every boundary', async () => {
    for (const day of ['2026-02-28', '2026-03-01', '2026-05-30', '2026-05-31', '2026-06-01', '2027-01-01']) {
      const actor = await loadActor(gateway.dataSource, iro, day);
      const live = await liveRelationships(gateway.dataSource, iro, day);
      expect(actor).not.toBeNull();
      expect(sorted(actor!.relationships), day).toEqual(sorted(live));
    }
    const onTheLastDay = await loadActor(gateway.dataSource, iro, '2026-05-30');
    expect(sorted(onTheLastDay!.relationships)).toEqual(
      sorted([
        { childId: A, kind: 'iro' },
        { childId: B, kind: 'iro' },
      ]),
    );
    const after = await loadActor(gateway.dataSource, iro, '2026-06-01');
    expect(sorted(after!.relationships)).toEqual(
      sorted([
        { childId: A, kind: 'iro' },
        { childId: C, kind: 'social_worker' },
      ]),
    );
  });

  it('gives the person, role and authority, and no relationships as an empty list', async () => {
    expect(await loadActor(gateway.dataSource, iro, '2025-01-01')).toEqual({
      personId: iro,
      role: 'iro',
      localAuthorityId: AUTHORITY,
      relationships: [],
    });
  });

  it('is null for a disabled account and for a person without an account', async () => {
    expect(await loadActor(gateway.dataSource, disabled, '2026-06-01')).toBeNull();
    expect(await loadActor(gateway.dataSource, noAccount, '2026-06-01')).toBeNull();
    expect(await loadActor(gateway.dataSource, randomUUID(), '2026-06-01')).toBeNull();
  });
});
