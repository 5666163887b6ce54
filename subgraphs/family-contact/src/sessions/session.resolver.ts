import { type SubgraphContext } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Int, Resolver, Root } from 'type-graphql';
import { ContactArrangement } from '../contact/arrangement.entity';
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
  @FieldResolver(() => String, { nullable: true, description: 'The named place, unless it is confidential.' })
  venueDescription(@Root() session: ContactSession): string | null {
    return session.venueDescription;
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
