import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
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

/** Counts without reading a word of content, for the IRO's and the manager's oversight. */
export function messageCountsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, MessageCounts>('IroMessageCounts', async (ids) => {
    const rows: Array<{ child_id: string; total: number; unanswered: number }> = await ctx.db.query(
      `SELECT m.child_id, count(*)::int AS total,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM care_planning.iro_messages r WHERE r.reply_to = m.id))::int AS unanswered
         FROM care_planning.iro_messages m
        WHERE m.child_id = ANY($1::uuid[]) AND m.sender = 'young_person'
        GROUP BY m.child_id`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.child_id).map((r) => ({ total: r?.total ?? 0, unanswered: r?.unanswered ?? 0 }));
  });
}
