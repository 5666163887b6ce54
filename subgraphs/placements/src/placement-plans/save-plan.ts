import { badInput, conflict } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { Placement } from '../placements/placement.entity';
import { PLAN_CONTENT, PlacementPlan, type PlanContentField } from './placement-plan.entity';

export type PlanContent = Record<Exclude<PlanContentField, 'school'>, string> & { school: string | null };

export interface PlanDraft extends PlanContent {
  placementId: string;
  /** The version the caller read; 0 when there was no plan yet. */
  expectedVersion: number;
  agreedOn: string | null;
}

const MAX = 4000;

function checkContent(draft: PlanDraft, placement: Placement, today: string): void {
  for (const field of PLAN_CONTENT) {
    const value = draft[field];
    if (value !== null && value.length > MAX)
      throw badInput(field, 'TOO_LONG', `${field} is longer than ${MAX} characters`);
  }
  if (draft.agreedOn !== null) {
    if (!isIsoDate(draft.agreedOn)) throw badInput('agreedOn', 'INVALID_DATE', 'agreedOn must be a real date');
    if (draft.agreedOn > today)
      throw badInput('agreedOn', 'DATE_IN_FUTURE', `agreedOn cannot be after today (${today})`);
  }
  if (placement.endDate !== null) {
    throw badInput(
      'placementId',
      'INVALID_STATE',
      `That placement ended on ${placement.endDate}; a placement plan is for a current placement`,
    );
  }
}

/**
 * Creates the plan (expectedVersion 0) or saves its next version, in the caller's transaction. The row is locked
 * and compared with the version the caller read: a plan someone else saved since is a CONFLICT naming what changed.
 */
export async function savePlacementPlan(
  em: EntityManager,
  placement: Placement,
  draft: PlanDraft,
  savedBy: string,
  today: string,
): Promise<PlacementPlan> {
  checkContent(draft, placement, today);
  const repo = em.getRepository(PlacementPlan);
  const existing = await repo.findOne({ where: { placementId: placement.id }, lock: { mode: 'pessimistic_write' } });
  const currentVersion = existing?.version ?? 0;
  if (currentVersion !== draft.expectedVersion) {
    const changed = existing
      ? [...PLAN_CONTENT, 'agreedOn' as const].filter((f) => existing[f] !== draft[f])
      : ['placementPlan'];
    throw conflict(
      `This placement plan was saved by someone else after you opened it (your version ${draft.expectedVersion}, ` +
        `now ${currentVersion})${changed.length ? `: ${changed.join(', ')} differ` : ''}. Reload, check and save again.`,
      changed,
    );
  }
  const content: Partial<PlacementPlan> = { agreedOn: draft.agreedOn, updatedBy: savedBy, updatedAt: new Date() };
  for (const field of PLAN_CONTENT)
    Object.assign(content, { [field]: field === 'school' ? draft.school?.trim() || null : draft[field].trim() });
  if (existing) {
    await repo.update({ id: existing.id }, { ...content, version: currentVersion + 1 });
    return Object.assign(existing, content, { version: currentVersion + 1 });
  }
  return repo.save(repo.create({ ...content, placementId: placement.id, childId: placement.childId, version: 1 }));
}
