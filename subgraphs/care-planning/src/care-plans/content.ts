/**
 * A care plan's content as the rules see it, free of GraphQL and SQL: every version stores all of it, so any
 * version can be read alone and two versions can be compared part by part.
 */
export const PERMANENCE_PLANS = [
  'REUNIFICATION',
  'KINSHIP_OR_SGO',
  'LONG_TERM_FOSTER_CARE',
  'ADOPTION',
  'RESIDENTIAL',
  'INDEPENDENT_LIVING',
] as const;
export type PermanencePlanCode = (typeof PERMANENCE_PLANS)[number];

export const ACTION_CONCERNS = ['PERMANENCE', 'ARRANGEMENTS'] as const;
export type ActionConcern = (typeof ACTION_CONCERNS)[number];

/** The seven dimensions of the child's needs (CPPCR Sch 1 para 1; docs/domain.md#the-care-plan), in display order. */
export const DIMENSIONS = [
  'HEALTH',
  'EDUCATION',
  'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT',
  'IDENTITY',
  'FAMILY_AND_SOCIAL_RELATIONSHIPS',
  'SOCIAL_PRESENTATION',
  'SELF_CARE_SKILLS',
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export interface PlanAction {
  description: string;
  concerns: ActionConcern;
  owner: string;
  dueDate: string | null;
}

export interface CarePlanContent {
  permanencePlan: PermanencePlanCode | null;
  parallelPlan: PermanencePlanCode | null;
  actions: PlanAction[];
  /** Only the dimensions with something recorded. */
  arrangements: Partial<Record<Dimension, string>>;
}

export const EMPTY_PLAN: CarePlanContent = { permanencePlan: null, parallelPlan: null, actions: [], arrangements: {} };
