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

/** An open challenge as its response timer reads it (`dueOf`). */
export type OpenChallengeFacts = Pick<
  Challenge,
  'level' | 'stageName' | 'levelWorkingDays' | 'levelStartedOn' | 'status' | 'respondedOn'
>;

/**
 * Each child's open challenges, as plain rows of the columns the caseload's two counts read (how many are open,
 * and whose response is overdue): the caseload shows no challenge, so it hydrates none.
 */
export function openChallengeFactsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, OpenChallengeFacts[]>('Challenge:openFacts', async (ids) => {
    const rows: Array<OpenChallengeFacts & { childId: string }> = await ctx.db.query(
      `SELECT child_id AS "childId", level, stage_name AS "stageName", level_working_days AS "levelWorkingDays",
              level_started_on AS "levelStartedOn", status, responded_on AS "respondedOn"
         FROM care_planning.challenges WHERE child_id = ANY($1::uuid[]) AND status = 'open'`,
      [ids],
    );
    return groupByKey(ids, rows, (r) => r.childId);
  });
}
