import { DateScalar, Sensitive, type SubgraphContext, Person, personById } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Challenge, ChallengeHistoryEntry } from './challenge.entity';
import { basisText, dueOf } from './due';
import { historyByChallenge } from './loaders';

@Resolver(() => Challenge)
export class ChallengeResolver {
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'When the response at the current level is due; null for an informal conversation',
  })
  responseDueBy(@Root() challenge: Challenge, @Ctx() ctx: SubgraphContext): string | null {
    return dueOf(challenge, ctx.today).due?.dueBy ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The rule, the date counted from, the counting convention and the calendar version',
  })
  responseDueBasis(@Root() challenge: Challenge, @Ctx() ctx: SubgraphContext): string | null {
    const { due } = dueOf(challenge, ctx.today);
    return due ? basisText(due) : null;
  }

  @FieldResolver(() => Boolean, { description: 'Open, timed, unanswered at this level, and past its due date' })
  overdue(@Root() challenge: Challenge, @Ctx() ctx: SubgraphContext): boolean {
    return dueOf(challenge, ctx.today).overdue;
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The IRO who raised it' })
  raisedBy(@Root() challenge: Challenge, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(challenge.raisedBy);
  }

  @FieldResolver(() => [ChallengeHistoryEntry], { description: 'Every step, oldest first' })
  // Reached only through a child the caller may see challenges of; asked again so no path can skip the policy.
  @Sensitive('iro_challenge')
  async history(@Root() challenge: Challenge, @Ctx() ctx: SubgraphContext): Promise<ChallengeHistoryEntry[]> {
    return historyByChallenge(ctx).load(challenge.id);
  }
}

@Resolver(() => ChallengeHistoryEntry)
export class ChallengeHistoryResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who recorded this step' })
  by(@Root() entry: ChallengeHistoryEntry, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(entry.recordedBy);
  }
}
