import { type SubgraphContext, byKey } from '@lac/subgraph-kit';

/**
 * Per child, the young person's messages the allocated IRO has not read yet: one aggregate per request whatever
 * the caseload's size (test/performance). Read against the current IRO's own marker only, so another professional
 * opening the messages changes nothing; with no marker (or no IRO allocated) every message is unread.
 */
export function unreadMessagesByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, number>('IroMessageUnread', async (ids) => {
    const rows: Array<{ child_id: string; unread: number }> = await ctx.db.query(
      `SELECT m.child_id, count(*)::int AS unread
         FROM care_planning.iro_messages m
         LEFT JOIN care_planning.allocations a
           ON a.child_id = m.child_id AND a.role = 'iro' AND a.end_date IS NULL
         LEFT JOIN care_planning.iro_message_reads r
           ON r.child_id = m.child_id AND r.reader_id = a.person_id
        WHERE m.child_id = ANY($1::uuid[]) AND m.sender = 'young_person'
          AND (r.read_up_to IS NULL OR m.sent_at > r.read_up_to)
        GROUP BY m.child_id`,
      [ids],
    );
    return byKey(ids, rows, (r) => r.child_id).map((r) => r?.unread ?? 0);
  });
}
