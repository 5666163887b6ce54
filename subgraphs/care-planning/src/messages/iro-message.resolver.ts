import { type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { IroMessage } from './iro-message.entity';
import { iroMessagesByChild, sharesByChild } from './loaders';
import { SafeguardingShare } from './message.types';

/** Every field re-asks the policy with the message's own child, however the message was reached. */
@Resolver(() => IroMessage)
export class IroMessageResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Null for anyone the message is not for.' })
  async body(@Root() message: IroMessage, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    if (await ctx.access.readSensitive(message.childId, 'child_iro_messages', 'IroMessage.body')) return message.body;
    if (!(await this.share(message, ctx))) return null;
    const allowed = await ctx.access.readSensitive(message.childId, 'safeguarding_shared_message', 'IroMessage.body (shared for safeguarding)');
    return allowed ? message.body : null;
  }

  @FieldResolver(() => [IroMessage], { description: 'The IRO’s replies ("what your IRO did"), oldest first.' })
  async replies(@Root() message: IroMessage, @Ctx() ctx: SubgraphContext): Promise<IroMessage[]> {
    if (!(await ctx.access.readSensitive(message.childId, 'child_iro_messages', 'IroMessage.replies'))) return [];
    return (await iroMessagesByChild(ctx).load(message.childId)).filter((m) => m.replyTo === message.id);
  }

  @FieldResolver(() => SafeguardingShare, {
    nullable: true,
    description: 'Set when the IRO shared this message for safeguarding; seen by the IRO, the social worker and the IRO manager.',
  })
  async sharedForSafeguarding(@Root() message: IroMessage, @Ctx() ctx: SubgraphContext): Promise<SafeguardingShare | null> {
    const share = await this.share(message, ctx);
    if (!share) return null;
    if (!(await ctx.access.readSensitive(message.childId, 'safeguarding_shared_message', 'IroMessage.sharedForSafeguarding'))) {
      return null;
    }
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
