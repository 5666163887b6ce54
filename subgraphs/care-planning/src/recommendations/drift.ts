import { longDate } from '@lac/statutory';

/**
 * Drift is computed, never typed: from a recommendation's status, its due dates and the outcomes recorded at later
 * reviews. Pure, so each rule is pinned by a unit test.
 */

export type RecommendationState = 'open' | 'achieved' | 'dropped';
export type OutcomeKind = 'achieved' | 'carried_forward' | 'dropped';
export type DriftReasonCode = 'OVERDUE' | 'CARRIED_FORWARD_WITHOUT_PROGRESS' | 'CARRIED_FORWARD_NO_NEW_DATE';

export interface HistoryEntry {
  reviewId: string;
  /** when the review the outcome was recorded at was held (YYYY-MM-DD) */
  heldOn: string;
  outcome: OutcomeKind;
  newDueDate: string | null;
  progress: string | null;
}

export interface DriftInput {
  status: RecommendationState;
  originalDueDate: string;
  history: readonly HistoryEntry[];
  /** every review held for the child, so "consecutive" means no review in between was skipped */
  reviewsHeld: ReadonlyArray<{ id: string; heldOn: string }>;
  today: string;
}

export interface DriftFinding {
  reason: DriftReasonCode;
  explanation: string;
}

const byHeldOn = <T extends { heldOn: string }>(list: readonly T[]): T[] =>
  [...list].sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));

const hasProgress = (e: HistoryEntry): boolean => (e.progress ?? '').trim().length > 0;

/** The due date in force: the latest new date given at a carry-forward, else the one set when it was made. */
export function currentDueDate(originalDueDate: string, history: readonly HistoryEntry[]): string {
  let due = originalDueDate;
  for (const e of byHeldOn(history)) if (e.outcome === 'carried_forward' && e.newDueDate) due = e.newDueDate;
  return due;
}

/**
 * How many reviews in a row, ending with the latest carry-forward, carried it forward with no progress note. A
 * review held in between with no outcome recorded for it breaks the run, as does a carry-forward with progress.
 */
export function carryForwardsWithoutProgressInARow(
  history: readonly HistoryEntry[],
  reviewsHeld: DriftInput['reviewsHeld'],
): number {
  const order = new Map(byHeldOn(reviewsHeld).map((r, i) => [r.id, i]));
  const entries = byHeldOn(history);
  let run = 0;
  let previousIndex: number | null = null;
  for (let i = entries.length - 1; i >= 0; i -= 1) {
    const e = entries[i];
    const index = order.get(e.reviewId);
    if (e.outcome !== 'carried_forward' || hasProgress(e) || index === undefined) break;
    if (previousIndex !== null && index !== previousIndex - 1) break;
    run += 1;
    previousIndex = index;
  }
  return run;
}

/** Only an open recommendation can drift: one achieved or dropped has been dealt with. */
export function drift(input: DriftInput): DriftFinding[] {
  if (input.status !== 'open') return [];
  const findings: DriftFinding[] = [];
  const due = currentDueDate(input.originalDueDate, input.history);
  if (due < input.today) {
    findings.push({
      reason: 'OVERDUE',
      explanation: `Overdue: it was due by ${longDate(due)} and has not been marked achieved or dropped.`,
    });
  }
  const run = carryForwardsWithoutProgressInARow(input.history, input.reviewsHeld);
  if (run >= 2) {
    findings.push({
      reason: 'CARRIED_FORWARD_WITHOUT_PROGRESS',
      explanation: `Carried forward at ${run} reviews in a row with no progress recorded.`,
    });
  }
  const noNewDate = latestCarryForwardWithoutNewDate(input.originalDueDate, input.history);
  if (noNewDate) findings.push({ reason: 'CARRIED_FORWARD_NO_NEW_DATE', explanation: noNewDate });
  return findings;
}

function latestCarryForwardWithoutNewDate(originalDueDate: string, history: readonly HistoryEntry[]): string | null {
  const entries = byHeldOn(history);
  const latest = entries.at(-1);
  if (!latest || latest.outcome !== 'carried_forward') return null;
  const before = currentDueDate(originalDueDate, entries.slice(0, -1));
  if (!latest.newDueDate) {
    return `Carried forward at the review on ${longDate(latest.heldOn)} without a new due date (it was due by ${longDate(before)}).`;
  }
  if (latest.newDueDate <= before) {
    return `Carried forward at the review on ${longDate(latest.heldOn)} with a due date (${longDate(latest.newDueDate)}) no later than the one it missed (${longDate(before)}).`;
  }
  return null;
}
