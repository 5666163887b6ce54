import {
  DateScalar,
  type SubgraphContext,
  Idempotent,
  IdempotencyKey,
  loadForAction,
  screenFreeText,
} from '@lac/subgraph-kit';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { ContactArrangement } from '../contact/arrangement.entity';
import { CancelledBy, SessionStatus } from './enums';
import { outcomeFreeText, scheduleFreeText } from './free-text';
import { recordCarerNote, recordOutcome, scheduleSession } from './save-session';
import { ContactSession } from './session.entity';

@InputType()
class ScheduleContactSessionInput {
  @Field(() => ID) arrangementId: string;
  @Field(() => DateScalar) date: string;
  @Field({ description: 'HH:MM' }) startTime: string;
  @Field(() => String, { nullable: true }) venueDescription?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'The venue would reveal where the child lives' })
  venueConfidential?: boolean | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) pickUpTime?: string | null;
  @Field(() => String, { nullable: true, description: 'HH:MM' }) dropOffTime?: string | null;
}

@InputType()
class RecordContactSessionInput {
  @Field(() => ID) sessionId: string;
  @Field(() => Int) expectedVersion: number;
  @Field(() => SessionStatus) status: SessionStatus;
  @Field(() => CancelledBy, { nullable: true }) cancelledBy?: CancelledBy | null;
  @Field(() => String, { nullable: true }) cancellationReason?: string | null;
  @Field(() => String, { nullable: true }) supervisorRecord?: string | null;
  @Field(() => String, { nullable: true }) childViews?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Mark the record for court' }) forCourt?: boolean | null;
}

const loadSession = (ctx: SubgraphContext) => (id: string) => ctx.db.getRepository(ContactSession).findOneBy({ id });

@Resolver()
export class ContactSessionMutations {
  @Mutation(() => ContactSession)
  @Idempotent(ContactSession)
  async scheduleContactSession(
    @Arg('input') input: ScheduleContactSessionInput,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactSession> {
    const { row } = await loadForAction(
      ctx,
      'ContactArrangement',
      input.arrangementId,
      (id) => ctx.db.getRepository(ContactArrangement).findOneBy({ id }),
      (a) => a.childId,
      'manage_contact_arrangements',
    );
    await screenFreeText(ctx, row.childId, scheduleFreeText(input));
    return ctx.db.transaction((em) => scheduleSession(em, row, input, ctx.today));
  }

  @Mutation(() => ContactSession)
  async recordContactSession(
    @Arg('input') input: RecordContactSessionInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactSession> {
    const { row } = await loadForAction(
      ctx,
      'ContactSession',
      input.sessionId,
      loadSession(ctx),
      (s) => s.childId,
      'record_contact_session',
    );
    await screenFreeText(ctx, row.childId, outcomeFreeText(input));
    return ctx.db.transaction((em) => recordOutcome(em, row, input, ctx.today));
  }

  @Mutation(() => ContactSession)
  async recordContactCarerNote(
    @Arg('sessionId', () => ID) sessionId: string,
    @Arg('note') note: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<ContactSession> {
    const { row } = await loadForAction(
      ctx,
      'ContactSession',
      sessionId,
      loadSession(ctx),
      (s) => s.childId,
      'record_contact_carer_note',
    );
    return ctx.db.transaction((em) => recordCarerNote(em, row, note));
  }
}
