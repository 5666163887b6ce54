import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { Challenge, ChallengeStage } from './challenge.entity';
import { challengeLadder } from './ladder';
import { challengesByChild, openChallengeFactsByChild, stagesByLocalAuthority } from './loaders';
import { dueOf } from './due';
import { NOT_COMPUTED } from '../children/not-computed';

/** Challenges as fields of Child: the IRO, the IRO manager and the social worker see them (label `iro_challenge`). */
@Resolver(() => Child)
export class ChildChallengesResolver {
  @FieldResolver(() => [Challenge], { description: 'IRO challenges about this child’s case, newest first.' })
  @Sensitive('iro_challenge')
  async challenges(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<Challenge[]> {
    return challengesByChild(ctx).load(child.id);
  }

  @FieldResolver(() => Int, { description: 'Open IRO challenges (0 for anyone who may not see challenges).' })
  @Sensitive('iro_challenge')
  async openChallengeCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    return (await openChallengeFactsByChild(ctx).load(child.id)).length;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: `Open challenges whose response is overdue at their current level. ${NOT_COMPUTED}`,
  })
  @Sensitive('iro_challenge', { hidden: 0 })
  async overdueChallengeResponseCount(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    // Only an open challenge can be overdue (responseOverdue), so the open ones are all it reads.
    return (await openChallengeFactsByChild(ctx).load(child.id)).filter((c) => dueOf(c, ctx.today).overdue).length;
  }
}

@Resolver()
export class ChallengeStagesQuery {
  @Query(() => [ChallengeStage], {
    description:
      'The formal stages of your local authority’s dispute resolution process (the default ladder when it has set none).',
  })
  async challengeStages(@Ctx() ctx: SubgraphContext): Promise<ChallengeStage[]> {
    const configured = ctx.actor.localAuthorityId
      ? await stagesByLocalAuthority(ctx).load(ctx.actor.localAuthorityId)
      : [];
    return challengeLadder(configured)
      .filter((s) => s.level === 'formal')
      .map((s) =>
        Object.assign(new ChallengeStage(), { ordinal: s.ordinal, name: s.name, workingDays: s.workingDays }),
      );
  }
}
