import { type SubgraphContext, groupByKey } from '@lac/subgraph-kit';
import { In, MoreThanOrEqual } from 'typeorm';
import { SessionStatus } from './enums';
import { ContactSession } from './session.entity';

export function sessionsByArrangement(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ContactSession[]>('ContactSession.byArrangement', async (ids) =>
    groupByKey(
      ids,
      await ctx.db
        .getRepository(ContactSession)
        .find({ where: { arrangementId: In([...ids]) }, order: { date: 'ASC', startTime: 'ASC' } }),
      (s) => s.arrangementId,
    ),
  );
}

/** Each child's sessions still to come (today included), soonest first, for a whole page of children at once. */
export function upcomingSessionsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ContactSession[]>('ContactSession.upcoming', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(ContactSession).find({
        where: { childId: In([...ids]), date: MoreThanOrEqual(ctx.today), status: SessionStatus.SCHEDULED },
        order: { date: 'ASC', startTime: 'ASC' },
      }),
      (s) => s.childId,
    ),
  );
}

/** How many cancellations in a row make a pattern the IRO should see. */
export const CANCELLATIONS_IN_A_ROW = 3;

/**
 * Whether any of a child's arrangements has its last three sessions with an outcome all cancelled. One statement for
 * every child on a page (the caseload's statement count stays flat), reading only each arrangement's last three.
 */
export function cancellationPatternByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, boolean>('ContactSession.cancellationPattern', async (ids) => {
    const rows: Array<{ child_id: string; arrangement_id: string; status: string }> = await ctx.db.query(
      `SELECT child_id, arrangement_id, status FROM (
         SELECT child_id, arrangement_id, status,
                row_number() OVER (PARTITION BY arrangement_id ORDER BY date DESC, start_time DESC) AS n
           FROM family_contact.contact_sessions WHERE child_id = ANY($1::uuid[]) AND status <> 'scheduled'
       ) last WHERE n <= $2`,
      [ids, CANCELLATIONS_IN_A_ROW],
    );
    const cancelled = new Map<string, number>();
    for (const r of rows) {
      if (r.status === String(SessionStatus.CANCELLED)) {
        cancelled.set(r.arrangement_id, (cancelled.get(r.arrangement_id) ?? 0) + 1);
      }
    }
    const flagged = new Set(
      rows.filter((r) => cancelled.get(r.arrangement_id) === CANCELLATIONS_IN_A_ROW).map((r) => r.child_id),
    );
    return ids.map((id) => flagged.has(id));
  });
}
