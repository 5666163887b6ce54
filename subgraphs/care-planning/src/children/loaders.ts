import { type SubgraphContext, byKey, groupByKey } from '@lac/subgraph-kit';
import { In } from 'typeorm';
import { ReviewState } from '../reviews/review-enums';
import { heldReviewFactsByChild } from '../reviews/loaders';
import { type HeldReview, Review, isHeld } from '../reviews/review.entity';
import { JOINED_SETTINGS, primeSettings } from '../settings/settings';
import { childFactLoader } from './child-facts';
import { Child } from './child.entity';
import type { IroWorkContact } from './iro-contact';
import { LocalAuthority } from './local-authority.entity';

// One loader per entity type per request: each resolves every key asked for in a tick with one statement.

/** The columns of `Child`, named as its properties: read as plain rows (no entity hydration) on every page. */
export const CHILD_COLUMNS = `c.id, c.local_authority_id AS "localAuthorityId", c.person_id AS "personId",
  c.given_name AS "givenName", c.family_name AS "familyName", c.date_of_birth AS "dateOfBirth", c.sex, c.ethnicity, c.upn`;

/** A `Child` from a row selected with CHILD_COLUMNS. */
export const toChild = (row: Child): Child => Object.assign(new Child(), row);

export function childById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Child | null>('Child', async (ids) => {
    const rows: Array<Child & { laSettings: unknown[] }> = await ctx.db.query(
      `SELECT ${CHILD_COLUMNS}, ${JOINED_SETTINGS.column}
         FROM care_planning.children c ${JOINED_SETTINGS.join} WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return byKey(
      ids,
      rows.map((row) => toChild(primeSettings(ctx, row))),
      (c) => c.id,
    );
  });
}

/** Each child's periods of care, oldest first: read with the child's other facts in one statement (child-facts.ts). */
export function periodsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'periods');
}

/** Each child's legal statuses, oldest first: read with the child's other facts in one statement (child-facts.ts). */
export function legalStatusesByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'legalStatuses');
}

/**
 * Every review of each child, held and planned, in one statement: the caseload asks for both (the reviews held for
 * its counts, the planned one for the booking), and one read of the table serves them.
 */
export function reviewRowsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, Review[]>('Review.rows', async (ids) =>
    groupByKey(
      ids,
      await ctx.db.getRepository(Review).find({
        where: { childId: In([...ids]), status: In([ReviewState.HELD, ReviewState.PLANNED]) },
        order: { heldOn: 'ASC' },
      }),
      (r) => r.childId,
    ),
  );
}

/** Held reviews only, oldest first: a planned review has not happened and must never count in the schedule. */
export function reviewsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, HeldReview[]>('Review', async (ids) => {
    const held = (await reviewRowsByChild(ctx).loadMany(ids)).map((rows) =>
      rows instanceof Error ? rows : rows.filter((r) => r.status === ReviewState.HELD).filter(isHeld),
    );
    // A page that reads the reviews and a count over them (the child page) reads the table once.
    const facts = heldReviewFactsByChild(ctx);
    held.forEach((reviews, i) => {
      if (!(reviews instanceof Error)) facts.prime(ids[i], reviews);
    });
    return held;
  });
}

/** Each child's allocations not ended: read with the child's other facts in one statement (child-facts.ts). */
export function currentAllocationsByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'currentAllocations');
}

export function localAuthorityById(ctx: SubgraphContext) {
  return ctx.loaders.get<string, LocalAuthority | null>('LocalAuthority', async (ids) =>
    byKey(ids, await ctx.db.getRepository(LocalAuthority).findBy({ id: In([...ids]) }), (la) => la.id),
  );
}

/** The work contacts of people (`access.people`), every id asked for in one tick in one statement. */
export function workContactByPerson(ctx: SubgraphContext) {
  return ctx.loaders.get<string, IroWorkContact | null>('PersonWorkContact', async (ids) => {
    const rows: Array<{ id: string; display_name: string; work_email: string | null; work_phone: string | null }> =
      await ctx.db.query(
        'SELECT id, display_name, work_email, work_phone FROM access.people WHERE id = ANY($1::uuid[])',
        [ids],
      );
    return byKey(ids, rows, (r) => r.id).map((r) =>
      r ? { name: r.display_name, workEmail: r.work_email, workPhone: r.work_phone } : null,
    );
  });
}
