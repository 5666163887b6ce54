import { type Action, readersOf } from '@lac/access';
import { type SubgraphContext, Idempotent, IdempotencyKey, loadForAction, screenFreeText } from '@lac/subgraph-kit';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { Child } from '../children/child.entity';
import { MESSAGE_MAX_LENGTH, SHARE_REASON_MAX_LENGTH } from './channel';
import { IroMessage } from './iro-message.entity';
import { requiredText } from './text-input';
import { enableIroChannel, replyToChild, sendMessageToIro, shareForSafeguarding } from './write-messages';
import { childForAction } from '../children/child-for-action';

/** Policy first (anything the caller may not touch is "not found"), then validation, then one transaction. */
@Resolver()
export class IroMessageMutations {
  @Mutation(() => IroMessage, { description: 'The young person writes to their IRO.' })
  @Idempotent(IroMessage)
  async sendMessageToIro(
    @Arg('childId', () => ID) childId: string,
    @Arg('body') body: string,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IroMessage> {
    const child = await childForAction(ctx, childId, 'send_message_to_iro');
    const text = requiredText('body', body, MESSAGE_MAX_LENGTH, 'your message');
    return ctx.db.transaction((em) =>
      sendMessageToIro(em, { child, authorId: ctx.actor.personId, body: text }, ctx.today),
    );
  }

  @Mutation(() => IroMessage, { description: 'The IRO answers one of the young person’s messages: what they did.' })
  @Idempotent(IroMessage)
  async replyToChild(
    @Arg('messageId', () => ID) messageId: string,
    @Arg('body') body: string,
    @IdempotencyKey() _idempotencyKey: string | undefined,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IroMessage> {
    const message = await this.message(ctx, messageId, 'reply_to_child');
    const text = requiredText('body', body, MESSAGE_MAX_LENGTH, 'your reply');
    // The young person reads the reply (label child_iro_messages): screened for what the policy withholds from them.
    await screenFreeText(ctx, message.childId, [
      { field: 'body', name: 'your reply', text, readers: readersOf('child_iro_messages') },
    ]);
    return ctx.db.transaction((em) => replyToChild(em, { message, authorId: ctx.actor.personId, body: text }));
  }

  @Mutation(() => Child, { description: 'The IRO opens messages for a child under 12.' })
  async enableIroChannel(@Arg('childId', () => ID) childId: string, @Ctx() ctx: SubgraphContext): Promise<Child> {
    const child = await childForAction(ctx, childId, 'enable_iro_channel');
    await ctx.db.transaction((em) =>
      enableIroChannel(em, { childId: child.id, openedBy: ctx.actor.personId }, ctx.today),
    );
    return child;
  }

  @Mutation(() => IroMessage, {
    description:
      'The IRO shares a message with the social worker and the IRO manager to keep the child safe. A reason is required and the share is audited.',
  })
  async shareMessageForSafeguarding(
    @Arg('messageId', () => ID) messageId: string,
    @Arg('reason') reason: string,
    @Ctx() ctx: SubgraphContext,
  ): Promise<IroMessage> {
    const message = await this.message(ctx, messageId, 'share_message_for_safeguarding');
    const why = requiredText(
      'reason',
      reason,
      SHARE_REASON_MAX_LENGTH,
      'why you are sharing this message to keep the child safe',
    );
    await ctx.db.transaction((em) =>
      shareForSafeguarding(em, { message, sharedBy: ctx.actor.personId, reason: why, requestId: ctx.requestId }),
    );
    return message;
  }

  /** An unknown message and another child's message are the same "IroMessage not found". */
  private async message(ctx: SubgraphContext, messageId: string, action: Action): Promise<IroMessage> {
    const messages = { load: (id: string) => ctx.db.getRepository(IroMessage).findOneBy({ id }) };
    return (
      await loadForAction(
        ctx,
        'IroMessage',
        messageId,
        (id) => messages.load(id),
        (r) => r.childId,
        action,
      )
    ).row;
  }
}
