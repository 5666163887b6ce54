import { Sensitive, type SubgraphContext, loadForAction } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { childById } from '../children/loaders';
import { IroMessage } from './iro-message.entity';
import { markMessagesRead } from './mark-read';
import { unreadMessagesByChild } from './unread-loader';

/** Whether the IRO has read what the child sent: the IRO's read marker and the count it yields. */
@Resolver(() => Child)
export class ReadMarkerResolver {
  @FieldResolver(() => Int, {
    description:
      'For the IRO and the IRO manager: how many of the young person’s messages the allocated IRO has not opened ' +
      'yet. A count, never content; 0 for anyone else, as for a child with no messages.',
  })
  @Sensitive('message_counts')
  async unreadMessagesFromChild(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<number> {
    return unreadMessagesByChild(ctx).load(child.id);
  }

  @Mutation(() => Child, {
    description:
      'The IRO’s read receipt: they have read the child’s messages up to and including this one. The marker only ' +
      'moves forward; only the allocated IRO has one.',
  })
  async markIroMessagesRead(
    @Arg('messageId', () => ID) messageId: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<Child> {
    // An unknown message and a message of a child the caller is not the IRO of are the same "IroMessage not found".
    const { row: message } = await loadForAction(
      ctx,
      'IroMessage',
      messageId,
      (id) => ctx.db.getRepository(IroMessage).findOneBy({ id }),
      (m) => m.childId,
      'mark_messages_read',
    );
    await ctx.db.transaction((em) => markMessagesRead(em, message, ctx.actor.personId));
    const child = await childById(ctx).load(message.childId);
    if (!child) throw new Error('A message’s child is always there (foreign key)');
    return child;
  }
}
