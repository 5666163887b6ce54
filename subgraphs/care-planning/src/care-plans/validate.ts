import { badInput } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import {
  ACTION_CONCERNS,
  type ActionConcern,
  type CarePlanContent,
  DIMENSIONS,
  type Dimension,
  PERMANENCE_PLANS,
  type PermanencePlanCode,
  type PlanAction,
} from './content';

export const LIMITS = { actions: 50, description: 1000, owner: 200, arrangements: 5000 } as const;

export interface CarePlanDraft {
  expectedVersion: number;
  permanencePlan?: string | null;
  parallelPlan?: string | null;
  actions: ReadonlyArray<{ description: string; concerns: string; owner: string; dueDate?: string | null }>;
  arrangements: ReadonlyArray<{ dimension: string; text: string }>;
}

const plan = (field: string, value: string | null | undefined): PermanencePlanCode | null => {
  if (value === null || value === undefined) return null;
  if (!(PERMANENCE_PLANS as readonly string[]).includes(value))
    throw badInput(field, 'UNKNOWN_CODE', `${field} is not a permanence plan`);
  return value as PermanencePlanCode;
};

const maxLength = (field: string, value: string, max: number, what: string): void => {
  if (value.length > max)
    throw badInput(field, 'TOO_LONG', `${what} must be ${max} characters or fewer (it has ${value.length})`);
};

function action(raw: CarePlanDraft['actions'][number], i: number): PlanAction {
  const at = `actions.${i}`;
  const n = i + 1;
  const description = raw.description.trim();
  if (!description) throw badInput(`${at}.description`, 'REQUIRED', `Describe action ${n}: what will be done`);
  maxLength(`${at}.description`, description, LIMITS.description, `The description of action ${n}`);
  if (!(ACTION_CONCERNS as readonly string[]).includes(raw.concerns)) {
    throw badInput(`${at}.concerns`, 'UNKNOWN_CODE', `Say whether action ${n} concerns permanence or arrangements`);
  }
  const owner = raw.owner.trim();
  if (!owner) throw badInput(`${at}.owner`, 'REQUIRED', `Say who owns action ${n}: a person or a role`);
  maxLength(`${at}.owner`, owner, LIMITS.owner, `The owner of action ${n}`);
  const dueDate = raw.dueDate?.trim() || null;
  if (dueDate !== null && !isIsoDate(dueDate)) {
    throw badInput(
      `${at}.dueDate`,
      'INVALID_DATE',
      `The due date of action ${n} must be a real date written YYYY-MM-DD`,
    );
  }
  return { description, concerns: raw.concerns as ActionConcern, owner, dueDate };
}

/**
 * Checks a draft and returns it as content: trimmed, blank arrangements dropped. The first problem found is
 * thrown as BAD_USER_INPUT naming the field (`actions.2.owner`, `arrangements.HEALTH`...), so nothing is saved.
 */
export function validateCarePlan(draft: CarePlanDraft): CarePlanContent {
  if (!Number.isInteger(draft.expectedVersion) || draft.expectedVersion < 0) {
    throw badInput(
      'expectedVersion',
      'INVALID',
      'expectedVersion is the version you started from: 0 when there is no plan yet',
    );
  }
  const permanencePlan = plan('permanencePlan', draft.permanencePlan);
  const parallelPlan = plan('parallelPlan', draft.parallelPlan);
  if (parallelPlan && !permanencePlan) {
    throw badInput('parallelPlan', 'INVALID', 'Choose the permanence plan before a parallel plan');
  }
  if (parallelPlan && parallelPlan === permanencePlan) {
    throw badInput('parallelPlan', 'INVALID', 'The parallel plan must be different from the permanence plan');
  }
  if (draft.actions.length > LIMITS.actions) {
    throw badInput(
      'actions',
      'TOO_LONG',
      `A plan can have at most ${LIMITS.actions} actions (it has ${draft.actions.length})`,
    );
  }
  const actions = draft.actions.map(action);
  const arrangements: Partial<Record<Dimension, string>> = {};
  const seen = new Set<string>();
  for (const a of draft.arrangements) {
    if (!(DIMENSIONS as readonly string[]).includes(a.dimension)) {
      throw badInput('arrangements', 'UNKNOWN_CODE', `${a.dimension} is not one of the seven dimensions`);
    }
    const field = `arrangements.${a.dimension}`;
    if (seen.has(a.dimension))
      throw badInput(field, 'INVALID', `Give the arrangements for ${a.dimension} once, not twice`);
    seen.add(a.dimension);
    const text = a.text.trim();
    maxLength(field, text, LIMITS.arrangements, `The arrangements for ${a.dimension}`);
    if (text) arrangements[a.dimension as Dimension] = text;
  }
  return { permanencePlan, parallelPlan, actions, arrangements };
}
