import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { childFactLoader } from '../children/child-facts';
import { IroChannelOpening, IroMessage, IroMessageShare } from './iro-message.entity';

// Per request, one statement per kind of row whatever the number of children asked about.

export function iroMessagesByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, IroMessage[]>('IroMessage', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(IroMessage)
        .find({ where: { childId: In([...ids]) }, order: { sentAtTime: 'ASC', id: 'ASC' } }),
      (m) => m.childId,
    ),
  );
}

export function sharesByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, IroMessageShare[]>('IroMessageShare', async (ids) =>
    groupByKey(ids, await ctx.db.getRepository(IroMessageShare).findBy({ childId: In([...ids]) }), (s) => s.childId),
  );
}

export function channelOpeningByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, IroChannelOpening | null>('IroChannelOpening', async (ids) =>
    byKey(ids, await ctx.db.getRepository(IroChannelOpening).findBy({ childId: In([...ids]) }), (o) => o.childId),
  );
}

export interface MessageCounts {
  total: number;
  unanswered: number;
}

/**
 * Counts without reading a word of content, for the IRO's and the manager's oversight; read with the child's other
 * facts in one statement (children/child-facts.ts).
 */
export function messageCountsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'messageCounts');
}
