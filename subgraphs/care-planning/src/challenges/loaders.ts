import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { childFactLoader } from '../children/child-facts';
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

/** An open challenge as its response timer reads it (`dueOf`). */
export type OpenChallengeFacts = Pick<
  Challenge,
  'level' | 'stageName' | 'levelWorkingDays' | 'levelStartedOn' | 'status' | 'respondedOn'
>;

/**
 * Each child's open challenges, as plain rows of the columns the caseload's two counts read (how many are open,
 * and whose response is overdue): the caseload shows no challenge, so it hydrates none. Read with the child's other
 * facts in one statement (children/child-facts.ts).
 */
export function openChallengeFactsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'openChallenges');
}
