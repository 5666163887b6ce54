import { badInput, conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { notBefore } from '../validation';
import {
  Challenge,
  ChallengeAction,
  ChallengeHistoryEntry,
  ChallengeStageRow,
  ChallengeStatus,
} from './challenge.entity';
import { type LadderStep, type LevelKind, challengeLadder, findStep, stepAfter } from './ladder';

async function ladderFor(em: EntityManager, localAuthorityId: string): Promise<LadderStep[]> {
  const rows = await em
    .getRepository(ChallengeStageRow)
    .find({ where: { localAuthorityId }, order: { ordinal: 'ASC' } });
  return challengeLadder(rows.map((r) => ({ ordinal: r.ordinal, name: r.name, workingDays: r.workingDays })));
}

async function history(
  em: EntityManager,
  challenge: Challenge,
  entry: { action: ChallengeAction; on: string; note: string | null; by: string },
): Promise<void> {
  await em.getRepository(ChallengeHistoryEntry).insert({
    challengeId: challenge.id,
    version: challenge.version,
    action: entry.action,
    happenedOn: entry.on,
    level: challenge.level,
    stageName: challenge.stageName,
    note: entry.note,
    recordedBy: entry.by,
  });
}

export interface RaiseInput {
  childId: string;
  localAuthorityId: string;
  concern: string;
  raisedWith: string;
  level: LevelKind;
  stageOrdinal: number | null;
  openedOn: string;
  raisedBy: string;
}

/** A challenge can start at any level, informal included; a formal start names one of the configured stages. */
export async function raiseChallenge(em: EntityManager, input: RaiseInput): Promise<Challenge> {
  const ladder = await ladderFor(em, input.localAuthorityId);
  const step = findStep(ladder, input.level, input.level === 'formal' ? input.stageOrdinal : null);
  if (!step) {
    const stages = ladder
      .filter((s) => s.level === 'formal')
      .map((s) => `${s.ordinal} (${s.name})`)
      .join(', ');
    throw badInput('stageOrdinal', 'UNKNOWN_CODE', `Choose a formal stage this local authority has: ${stages}`);
  }
  const repo = em.getRepository(Challenge);
  const saved = await repo.save(
    repo.create({
      childId: input.childId,
      concern: input.concern,
      raisedWith: input.raisedWith,
      raisedBy: input.raisedBy,
      openedOn: input.openedOn,
      level: step.level,
      stageOrdinal: step.ordinal,
      stageName: step.name,
      levelStartedOn: input.openedOn,
      levelWorkingDays: step.workingDays,
      respondedOn: null,
      status: ChallengeStatus.OPEN,
      outcome: null,
      closedOn: null,
      version: 1,
    }),
  );
  await history(em, saved, {
    action: ChallengeAction.RAISED,
    on: input.openedOn,
    note: input.concern,
    by: input.raisedBy,
  });
  return saved;
}

const FIELD_OF: Record<ChallengeAction, string> = {
  raised: 'concern',
  response: 'respondedOn',
  escalated: 'level',
  resolved: 'status',
  referred_to_cafcass: 'status',
};

const DESCRIBE: Record<ChallengeAction, (h: ChallengeHistoryEntry) => string> = {
  raised: () => 'raised',
  response: (h) => `a response was recorded on ${h.happenedOn}`,
  escalated: (h) => `it was escalated to ${h.stageName} on ${h.happenedOn}`,
  resolved: (h) => `it was resolved on ${h.happenedOn}`,
  referred_to_cafcass: (h) => `it was referred to Cafcass on ${h.happenedOn}`,
};

/** CONFLICT naming what happened to the challenge since the caller's version. */
async function staleVersion(em: EntityManager, challengeId: string, expectedVersion: number): Promise<Error> {
  const since = await em
    .getRepository(ChallengeHistoryEntry)
    .createQueryBuilder('h')
    .where('h.challenge_id = :id AND h.version > :v', { id: challengeId, v: expectedVersion })
    .orderBy('h.version', 'ASC')
    .getMany();
  const what = since.map((h) => DESCRIBE[h.action](h));
  const changed = [...new Set(since.map((h) => FIELD_OF[h.action]))];
  return conflict(
    `This challenge changed after you opened it: ${what.join('; ') || 'it was updated'}. Check it and try again.`,
    changed,
  );
}

/** Loads the challenge for a versioned change: it must be the caller's version and still open. */
async function openAt(
  em: EntityManager,
  challenge: Challenge,
  expectedVersion: number,
  on: string,
): Promise<Challenge> {
  const current = await em.getRepository(Challenge).findOneByOrFail({ id: challenge.id });
  if (current.version !== expectedVersion) throw await staleVersion(em, current.id, expectedVersion);
  if (current.status !== ChallengeStatus.OPEN) {
    throw badInput('challengeId', 'INVALID_STATE', 'This challenge is closed: it was resolved or referred to Cafcass');
  }
  notBefore('on', on, current.levelStartedOn, `the date this level began`);
  return current;
}

/** The one guard against a lost update: the row changes only if it is still at the version the caller saw. */
async function updateAtVersion(
  em: EntityManager,
  challengeId: string,
  expectedVersion: number,
  set: string,
  params: unknown[],
): Promise<Challenge> {
  const result: [Array<{ id: string }>, number] = await em.query(
    `UPDATE care_planning.challenges SET ${set}, version = version + 1
      WHERE id = $1 AND version = $2 AND status = 'open' RETURNING id`,
    [challengeId, expectedVersion, ...params],
  );
  if (result[1] !== 1) throw await staleVersion(em, challengeId, expectedVersion);
  return em.getRepository(Challenge).findOneByOrFail({ id: challengeId });
}

export async function recordResponse(
  em: EntityManager,
  challenge: Challenge,
  input: { response: string; on: string; by: string; expectedVersion: number | null },
): Promise<Challenge> {
  const current = await openAt(em, challenge, input.expectedVersion ?? challenge.version, input.on);
  const updated = await updateAtVersion(em, current.id, current.version, 'responded_on = $3', [input.on]);
  await history(em, updated, { action: ChallengeAction.RESPONSE, on: input.on, note: input.response, by: input.by });
  return updated;
}

export async function escalate(
  em: EntityManager,
  challenge: Challenge,
  input: { expectedVersion: number; on: string; note: string | null; by: string; localAuthorityId: string },
): Promise<Challenge> {
  const current = await openAt(em, challenge, input.expectedVersion, input.on);
  const next = stepAfter(await ladderFor(em, input.localAuthorityId), current.level, current.stageOrdinal);
  if (!next) {
    throw badInput(
      'challengeId',
      'INVALID_STATE',
      `${current.stageName} is the last formal stage: there is no stage above it. Refer the challenge to Cafcass instead.`,
    );
  }
  const updated = await updateAtVersion(
    em,
    current.id,
    current.version,
    `level = $3, stage_ordinal = $4, stage_name = $5, level_started_on = $6, level_working_days = $7, responded_on = NULL`,
    [next.level, next.ordinal, next.name, input.on, next.workingDays],
  );
  await history(em, updated, { action: ChallengeAction.ESCALATED, on: input.on, note: input.note, by: input.by });
  return updated;
}

export async function close(
  em: EntityManager,
  challenge: Challenge,
  input: {
    expectedVersion: number;
    on: string;
    text: string;
    by: string;
    as: ChallengeStatus.RESOLVED | ChallengeStatus.REFERRED_TO_CAFCASS;
  },
): Promise<Challenge> {
  const current = await openAt(em, challenge, input.expectedVersion, input.on);
  notBefore('on', input.on, current.openedOn, 'the date the challenge was opened');
  const updated = await updateAtVersion(em, current.id, current.version, `status = $3, outcome = $4, closed_on = $5`, [
    input.as,
    input.text,
    input.on,
  ]);
  const action = input.as === ChallengeStatus.RESOLVED ? ChallengeAction.RESOLVED : ChallengeAction.REFERRED_TO_CAFCASS;
  await history(em, updated, { action, on: input.on, note: input.text, by: input.by });
  return updated;
}
