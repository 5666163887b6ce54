import { isAfter, nextReviewDue, parseIsoDate } from '@lac/statutory';
import { longDate } from '@lac/statutory';
import type { CarePlanContent } from './content';

export type CarePlanFlagCode =
  'NO_CARE_PLAN' | 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW' | 'ACTIONS_ONLY_ARRANGEMENTS' | 'ACTIONS_OVERDUE';

export interface CarePlanFlagResult {
  code: CarePlanFlagCode;
  message: string;
}

export interface FlagFacts {
  periods: ReadonlyArray<{ startDate: string; endDate: string | null }>;
  /** Dates reviews were held, any order, any period of care. */
  reviewsHeld: readonly string[];
  /**
   * Every version, oldest first; `savedOn` is the date in England it was saved. The flags read the permanence plan
   * of every version and the actions of the current one only.
   */
  versions: ReadonlyArray<{ savedOn: string; content: Pick<CarePlanContent, 'permanencePlan' | 'actions'> }>;
  today: string;
}

/**
 * The permanence plan should be in place by the second review (docs/domain.md#permanence). Judged in the current period
 * of care only, since a new period restarts the review cycle:
 * - second review held: flagged if the plan current that day (saved on or before it) had no permanence plan;
 * - second review not held but overdue (reg 33(2), via @lac/statutory): flagged if the plan has none now.
 * Either way the flag clears once the current plan names a permanence plan: it asks for action, it is not a
 * permanent mark on the record.
 */
function permanenceBySecondReview(
  facts: FlagFacts,
  current: FlagFacts['versions'][number]['content'] | null,
): CarePlanFlagResult | null {
  if (current?.permanencePlan) return null;
  const open = facts.periods.find((p) => p.endDate === null);
  if (!open) return null;
  const held = [...new Set(facts.reviewsHeld)].filter((d) => d >= open.startDate && d <= facts.today).sort();
  const second = held[1];
  if (second) {
    const atReview = facts.versions.filter((v) => v.savedOn <= second).at(-1);
    if (atReview?.content.permanencePlan) return null;
    return {
      code: 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW',
      message: `There was no permanence plan at the second review on ${longDate(second)}, and there is still none.`,
    };
  }
  if (held.length !== 1) return null;
  const due = nextReviewDue({
    periodOfCareStart: parseIsoDate(open.startDate),
    reviewsHeld: held.map((d) => parseIsoDate(d)),
    today: parseIsoDate(facts.today),
  });
  if (due.kind !== 'second' || !isAfter(parseIsoDate(facts.today), due.dueBy)) return null;
  return {
    code: 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW',
    message: `The second review was due by ${longDate(due.dueBy)} (${due.basis.rule}, counted from ${longDate(due.basis.from)}) and there is no permanence plan.`,
  };
}

/** Flags on the IRO's view of a care plan, computed from the facts every time, never typed in. */
export function carePlanFlags(facts: FlagFacts): CarePlanFlagResult[] {
  const current = facts.versions.at(-1)?.content ?? null;
  const flags: CarePlanFlagResult[] = [];
  if (!current) flags.push({ code: 'NO_CARE_PLAN', message: 'There is no care plan for this child.' });
  const permanence = permanenceBySecondReview(facts, current);
  if (permanence) flags.push(permanence);
  if (current && current.actions.length > 0 && current.actions.every((a) => a.concerns === 'ARRANGEMENTS')) {
    flags.push({
      code: 'ACTIONS_ONLY_ARRANGEMENTS',
      message: `All ${current.actions.length} actions in the plan concern arrangements; none works towards permanence.`,
    });
  }
  // An action past its date in the current plan asks the IRO to check progress (docs/domain.md#the-care-plan);
  // the plan records no completion, so an action stays overdue until the plan gives it a new date or drops it.
  const overdue = (current?.actions ?? []).filter((a) => a.dueDate !== null && a.dueDate < facts.today);
  if (overdue.length > 0) {
    const first = overdue.map((a) => a.dueDate!).sort()[0];
    flags.push({
      code: 'ACTIONS_OVERDUE',
      message:
        overdue.length === 1
          ? `1 action in the plan is past its date (${longDate(first)}).`
          : `${overdue.length} actions in the plan are past their dates, the earliest ${longDate(first)}.`,
    });
  }
  return flags;
}
