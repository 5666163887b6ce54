import type { SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { Challenge, ChallengeStage, ChallengeStatus } from './challenge.entity';
import { challengeLadder } from './ladder';
import { challengesByChild, stagesByLocalAuthority } from './loaders';
import { dueOf } from './due';

/** Challenges as fields of Child: the IRO, the IRO manager and the social worker see them (label `iro_challenge`). */
@Resolver(() => Child)
export class ChildChallengesResolver {
  @FieldResolver(() => [Challenge], { description: 'IRO challenges about this child’s case, newest first.' })
  async challenges(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Challenge[]> {
    if (!(await ctx.access.readSensitive(child.id, 'iro_challenge', 'Child.challenges'))) return [];
    return challengesByChild(ctx).load(child.id);
  }

  @FieldResolver(() => Int, { description: 'Open IRO challenges (0 for anyone who may not see challenges).' })
  async openChallengeCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    if (!(await ctx.access.readSensitive(child.id, 'iro_challenge', 'Child.openChallengeCount'))) return 0;
    return (await challengesByChild(ctx).load(child.id)).filter((c) => c.status === ChallengeStatus.OPEN).length;
  }

  @FieldResolver(() => Int, { description: 'Open challenges whose response is overdue at their current level.' })
  async overdueChallengeResponseCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    if (!(await ctx.access.readSensitive(child.id, 'iro_challenge', 'Child.overdueChallengeResponseCount'))) return 0;
    return (await challengesByChild(ctx).load(child.id)).filter((c) => dueOf(c, ctx.today).overdue).length;
  }
}

@Resolver()
export class ChallengeStagesQuery {
  @Query(() => [ChallengeStage], {
    description: 'The formal stages of your local authority’s dispute resolution process (the default ladder when it has set none).',
  })
  async challengeStages(@Ctx() ctx: SubgraphContext): Promise<ChallengeStage[]> {
    const configured = ctx.actor.localAuthorityId ? await stagesByLocalAuthority(ctx).load(ctx.actor.localAuthorityId) : [];
    return challengeLadder(configured)
      .filter((s) => s.level === 'formal')
      .map((s) => Object.assign(new ChallengeStage(), { ordinal: s.ordinal, name: s.name, workingDays: s.workingDays }));
  }
}
