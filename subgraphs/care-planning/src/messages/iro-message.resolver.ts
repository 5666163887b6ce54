import { Sensitive, type SubgraphContext, personById, redactFreeText } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { IroMessage } from './iro-message.entity';
import { iroMessagesByChild, sharesByChild } from './loaders';
import { SafeguardingShare } from './message.types';

/** Every field re-asks the policy with the message's own child, however the message was reached. */
@Resolver(() => IroMessage)
export class IroMessageResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Null for anyone the message is not for.' })
  async body(
    @Root() message: IroMessage,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    // Imperative on purpose: the second label applies only if this row was shared for safeguarding.
    if (await ctx.access.readSensitive(message.childId, 'child_iro_messages', info)) {
      // The writer reads their own words as written; anyone else reads them through the free-text screen.
      return message.authorId === ctx.actor.personId
        ? message.body
        : redactFreeText(ctx, message.childId, message.body);
    }
    if (!(await this.share(message, ctx))) return null;
    return (await ctx.access.readSensitive(message.childId, 'safeguarding_shared_message', info)) ? message.body : null;
  }

  @FieldResolver(() => [IroMessage], { description: 'The IRO’s replies ("what your IRO did"), oldest first.' })
  @Sensitive('child_iro_messages')
  async replies(@Root() message: IroMessage, @Ctx() ctx: SubgraphContext): Promise<IroMessage[]> {
    return (await iroMessagesByChild(ctx).load(message.childId)).filter((m) => m.replyTo === message.id);
  }

  @FieldResolver(() => SafeguardingShare, {
    nullable: true,
    description:
      'Set when the IRO shared this message for safeguarding; seen by the IRO, the social worker and the IRO manager.',
  })
  @Sensitive('safeguarding_shared_message')
  async sharedForSafeguarding(
    @Root() message: IroMessage,
    @Ctx() ctx: SubgraphContext,
  ): Promise<SafeguardingShare | null> {
    const share = await this.share(message, ctx);
    if (!share) return null;
    return Object.assign(new SafeguardingShare(), {
      reason: share.reason,
      by: await personById(ctx).load(share.sharedBy),
      on: share.sharedAt.toISOString(),
    });
  }

  private async share(message: IroMessage, ctx: SubgraphContext) {
    return (await sharesByChild(ctx).load(message.childId)).find((s) => s.messageId === message.id) ?? null;
  }
}
