import { type SubgraphContext, redactFreeText } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ContactArrangement } from '../contact/arrangement.entity';
import { arrangementById } from '../contact/loaders';
import { familyMemberById } from '../family/loaders';
import { SessionStatus } from './enums';
import { sessionsByArrangement } from './loaders';
import { ContactSession } from './session.entity';

@Resolver(() => ContactArrangement)
export class ArrangementSessionsResolver {
  @FieldResolver(() => [ContactSession], { description: 'Its sessions, oldest first.' })
  sessions(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<ContactSession[]> {
    return sessionsByArrangement(ctx).load(arrangement.id);
  }

  @FieldResolver(() => Int, { description: 'Sessions the family member did not come to.' })
  async missedCount(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<number> {
    const sessions = await sessionsByArrangement(ctx).load(arrangement.id);
    return sessions.filter((s) => s.status === SessionStatus.MISSED).length;
  }

  @FieldResolver(() => Int, { description: 'Sessions called off, by anyone.' })
  async cancelledCount(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<number> {
    const sessions = await sessionsByArrangement(ctx).load(arrangement.id);
    return sessions.filter((s) => s.status === SessionStatus.CANCELLED).length;
  }
}

/**
 * The record's label depends on the row: a record marked for court is read only by those with a court relationship
 * (contact_court_record); any other by those who may read session records. So these fields ask the policy inside,
 * with the row's label, rather than through a fixed @Sensitive.
 */
async function mayRead(session: ContactSession, ctx: SubgraphContext, info: GraphQLResolveInfo): Promise<boolean> {
  return ctx.access.readSensitive(
    session.childId,
    session.forCourt ? 'contact_court_record' : 'contact_session_record',
    info,
  );
}

@Resolver(() => ContactSession)
export class ContactSessionResolver {
  /**
   * A confidential venue (a carer's home, somewhere near it) would reveal where the child lives: it needs its own
   * label, and only such a row does, so the policy is asked here with the row's flag.
   */
  @FieldResolver(() => String, { nullable: true, description: 'The named place, unless it is confidential to you.' })
  async venueDescription(
    @Root() session: ContactSession,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    const visible =
      !session.venueConfidential ||
      (await ctx.access.readSensitive(session.childId, 'contact_confidential_venue', info));
    return visible ? redactFreeText(ctx, session.childId, session.venueDescription) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Why it was called off; read through the free-text screen.',
  })
  cancellationReason(@Root() session: ContactSession, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return redactFreeText(ctx, session.childId, session.cancellationReason);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Who the child is seeing (their name only: never their contact details).',
  })
  async withWhom(@Root() session: ContactSession, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    const arrangement = await arrangementById(ctx).load(session.arrangementId);
    const member = arrangement ? await familyMemberById(ctx).load(arrangement.familyMemberId) : null;
    return member?.displayName ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The supervisor’s factual record of the session.' })
  async supervisorRecord(
    @Root() session: ContactSession,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    return (await mayRead(session, ctx, info)) ? session.supervisorRecord : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'What the child said about contact.' })
  async childViews(
    @Root() session: ContactSession,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    return (await mayRead(session, ctx, info)) ? session.childViews : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'The carer’s note on how the child was afterwards.' })
  async carerNote(
    @Root() session: ContactSession,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    return (await mayRead(session, ctx, info)) ? session.carerNote : null;
  }
}
