import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { Challenge, ChallengeHistoryEntry, ChallengeStageRow } from './challenge.entity';
import { type StageSetting } from './ladder';

// One statement per kind of row per request, however many children a caseload asks about.

export function challengesByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Challenge[]>('Challenge', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(Challenge)
        .find({ where: { childId: In([...ids]) }, order: { openedOn: 'DESC', id: 'ASC' } }),
      (c) => c.childId,
    ),
  );
}

export function historyByChallenge(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ChallengeHistoryEntry[]>('ChallengeHistoryEntry', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ChallengeHistoryEntry)
        .find({ where: { challengeId: In([...ids]) }, order: { version: 'ASC' } }),
      (h) => h.challengeId,
    ),
  );
}

export function stagesByLocalAuthority(ctx: SubgraphContext) {
  return ctx.loaders.get<string, StageSetting[]>('ChallengeStage', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ChallengeStageRow)
        .find({ where: { localAuthorityId: In([...ids]) }, order: { ordinal: 'ASC' } }),
      (s) => s.localAuthorityId,
    ).map((rows) => rows.map((r) => ({ ordinal: r.ordinal, name: r.name, workingDays: r.workingDays }))),
  );
}
