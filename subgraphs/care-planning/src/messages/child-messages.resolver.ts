import { Sensitive, type SubgraphContext } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { channelState } from './channel';
import { IroMessage, MessageSender } from './iro-message.entity';
import { channelOpeningByChild, iroMessagesByChild, messageCountsByChild, sharesByChild } from './loaders';
import { IroChannel, IroMessageSummary } from './message.types';

/** The child's channel to their IRO, as fields of Child. What each caller gets is decided here, per child. */
@Resolver(() => Child)
export class ChildMessagesResolver {
  @FieldResolver(() => [IroMessage], {
    description:
      'The young person’s messages to their IRO, oldest first, each with its replies. The child and their IRO see ' +
      'all of them; the social worker and the IRO manager only those the IRO shared for safeguarding; anyone else none.',
  })
  async iroMessages(
    @Root() child: Child,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<IroMessage[]> {
    // Imperative on purpose: which messages a caller gets depends on the rows (whether the IRO shared each one),
    // and two labels decide it — all of them (child_iro_messages) or only the shared ones (safeguarding_shared_message).
    if (await ctx.access.readSensitive(child.id, 'child_iro_messages', info)) {
      return (await iroMessagesByChild(ctx).load(child.id)).filter((m) => m.sender === MessageSender.YOUNG_PERSON);
    }
    const shares = await sharesByChild(ctx).load(child.id);
    if (shares.length === 0) return [];
    if (!(await ctx.access.readSensitive(child.id, 'safeguarding_shared_message', info))) return [];
    const shared = new Set(shares.map((s) => s.messageId));
    return (await iroMessagesByChild(ctx).load(child.id)).filter((m) => shared.has(m.id));
  }

  @FieldResolver(() => IroChannel, {
    nullable: true,
    description: 'For the young person and their IRO: whether messages are open.',
  })
  @Sensitive('child_iro_messages')
  async iroChannel(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<IroChannel | null> {
    const opening = await channelOpeningByChild(ctx).load(child.id);
    return Object.assign(new IroChannel(), channelState(child.dateOfBirth, ctx.today, opening));
  }

  @FieldResolver(() => IroMessageSummary, {
    nullable: true,
    description: 'For the IRO and the IRO manager: counts, never content.',
  })
  @Sensitive('message_counts')
  async iroMessageSummary(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<IroMessageSummary | null> {
    return Object.assign(new IroMessageSummary(), await messageCountsByChild(ctx).load(child.id));
  }
}
