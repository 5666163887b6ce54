import type { Action } from '@lac/access';
import {
  DateScalar,
  type SubgraphContext,
  badInput,
  loadForAction,
  Idempotent,
  IdempotencyKey,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { Child } from '../children/child.entity';
import { childById } from '../children/loaders';
import { requiredText } from '../messages/text-input';
import { inputDate, notInFuture } from '../validation';
import { Challenge, ChallengeLevel, ChallengeStatus } from './challenge.entity';
import { close, escalate, raiseChallenge, recordResponse } from './write-challenges';
import { childForAction } from '../children/child-for-action';

const TEXT_MAX = 4000;
const RAISED_WITH_MAX = 200;

@InputType()
class RaiseChallengeInput {
  @Field(() => ID) childId: string;
  @Field({ description: 'What the IRO is concerned about' }) concern: string;
  @Field(() => ChallengeLevel, { description: 'The level it starts at: any level, informal included' })
  level: ChallengeLevel;
  @Field(() => Int, { nullable: true, description: 'Required for FORMAL: the stage number' }) stageOrdinal?:
    number | null;
  @Field({ description: 'The person or role it is raised with' }) raisedWith: string;
  @Field(() => DateScalar) openedOn: string;
}

/** Only the allocated IRO moves a challenge; policy first, then validation, then one transaction. */
@Resolver()
export class ChallengeMutations {
  @Mutation(() => Challenge)
  @Idempotent(Challenge)
  async raiseChallenge(
    @Arg('input') input: RaiseChallengeInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Challenge> {
    const child = await childForAction(ctx, input.childId, 'raise_iro_challenge');
    const concern = requiredText('concern', input.concern, TEXT_MAX, 'the concern');
    const raisedWith = requiredText(
      'raisedWith',
      input.raisedWith,
      RAISED_WITH_MAX,
      'who the challenge is raised with',
    );
    const openedOn = this.pastDate('openedOn', input.openedOn, ctx.today);
    if (input.level === ChallengeLevel.FORMAL && (input.stageOrdinal === null || input.stageOrdinal === undefined)) {
      throw badInput('stageOrdinal', 'REQUIRED', 'Choose which formal stage the challenge starts at');
    }
    return ctx.db.transaction((em) =>
      raiseChallenge(em, {
        childId: child.id,
        localAuthorityId: child.localAuthorityId,
        concern,
        raisedWith,
        level: input.level,
        stageOrdinal: input.stageOrdinal ?? null,
        openedOn,
        raisedBy: ctx.actor.personId,
      }),
    );
  }

  @Mutation(() => Challenge, {
    description: 'The response received at the current level; it stops that level’s timer.',
  })
  async recordChallengeResponse(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('response') response: string,
    @Arg('on', () => DateScalar) on: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Challenge> {
    const challenge = await this.challenge(ctx, challengeId, 'record_challenge_response');
    const text = requiredText('response', response, TEXT_MAX, 'the response');
    const date = this.pastDate('on', on, ctx.today);
    return ctx.db.transaction((em) =>
      recordResponse(em, challenge, {
        response: text,
        on: date,
        by: ctx.actor.personId,
        expectedVersion: expectedVersion ?? null,
      }),
    );
  }

  @Mutation(() => Challenge, {
    description: 'To the next level; from the last formal stage, refer to Cafcass instead.',
  })
  async escalateChallenge(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('on', () => DateScalar) on: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Challenge> {
    const challenge = await this.challenge(ctx, challengeId, 'escalate_iro_challenge');
    const date = this.pastDate('on', on, ctx.today);
    const text = note && note.trim() ? requiredText('note', note, TEXT_MAX, 'the note') : null;
    const child = (await childById(ctx).load(challenge.childId)) as Child;
    return ctx.db.transaction((em) =>
      escalate(em, challenge, {
        expectedVersion,
        on: date,
        note: text,
        by: ctx.actor.personId,
        localAuthorityId: child.localAuthorityId,
      }),
    );
  }

  @Mutation(() => Challenge)
  async resolveChallenge(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('outcome') outcome: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Challenge> {
    const challenge = await this.challenge(ctx, challengeId, 'resolve_iro_challenge');
    const text = requiredText('outcome', outcome, TEXT_MAX, 'the outcome');
    const date = this.pastDate('on', on, ctx.today);
    return ctx.db.transaction((em) =>
      close(em, challenge, { expectedVersion, on: date, text, by: ctx.actor.personId, as: ChallengeStatus.RESOLVED }),
    );
  }

  @Mutation(() => Challenge, { description: 'At any point: the IRO refers the case to Cafcass.' })
  async referChallengeToCafcass(
    @Arg('challengeId', () => ID) challengeId: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason') reason: string,
    @Arg('on', () => DateScalar) on: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Challenge> {
    const challenge = await this.challenge(ctx, challengeId, 'refer_challenge_to_cafcass');
    const text = requiredText('reason', reason, TEXT_MAX, 'why you are referring to Cafcass');
    const date = this.pastDate('on', on, ctx.today);
    return ctx.db.transaction((em) =>
      close(em, challenge, {
        expectedVersion,
        on: date,
        text,
        by: ctx.actor.personId,
        as: ChallengeStatus.REFERRED_TO_CAFCASS,
      }),
    );
  }

  private pastDate(field: string, value: string, today: string): string {
    const date = inputDate(field, value);
    notInFuture(field, date, today);
    return date;
  }

  /** An unknown challenge and one the caller may not act on are the same "Challenge not found". */
  private async challenge(ctx: SubgraphContext, challengeId: string, action: Action): Promise<Challenge> {
    const challenges = { load: (id: string) => ctx.db.getRepository(Challenge).findOneBy({ id }) };
    return (
      await loadForAction(
        ctx,
        'Challenge',
        challengeId,
        (id) => challenges.load(id),
        (r) => r.childId,
        action,
      )
    ).row;
  }
}
