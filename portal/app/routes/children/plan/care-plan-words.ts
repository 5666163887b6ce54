// The care plan's words for each audience, shared by the pages and their loaders (so nothing here may be
// server-only). The graph decides what each person may see; this only says it in plain English.

import type { CarePlanActionConcern, CarePlanDimension, PermanencePlan } from '../../../graphql/generated/graphql';

/** Every value of an enum, in the order given; a value missing or misspelt fails the typecheck. */
const every =
  <E extends string>() =>
  <const L extends readonly E[]>(list: L & ([E] extends [L[number]] ? unknown : never)) =>
    list;

export const PERMANENCE_PLANS = every<PermanencePlan>()([
  'REUNIFICATION',
  'KINSHIP_OR_SGO',
  'LONG_TERM_FOSTER_CARE',
  'ADOPTION',
  'RESIDENTIAL',
  'INDEPENDENT_LIVING',
]);
export const DIMENSIONS = every<CarePlanDimension>()([
  'HEALTH',
  'EDUCATION',
  'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT',
  'IDENTITY',
  'FAMILY_AND_SOCIAL_RELATIONSHIPS',
  'SOCIAL_PRESENTATION',
  'SELF_CARE_SKILLS',
]);
export const CONCERNS = every<CarePlanActionConcern>()(['PERMANENCE', 'ARRANGEMENTS']);
/**
 * The most action rows the form reads back; "Add another action" stops offering more here. The graph has its
 * own limit on saved actions and says so if it is passed.
 */
export const MAX_ACTION_ROWS = 50;

export type Voice = 'professional' | 'young';

const PLAN_LABELS: Record<Voice, Record<PermanencePlan, string>> = {
  professional: {
    REUNIFICATION: 'Reunification with the birth family',
    KINSHIP_OR_SGO: 'Kinship or connected person care, or special guardianship',
    LONG_TERM_FOSTER_CARE: 'Long-term foster care',
    ADOPTION: 'Adoption',
    RESIDENTIAL: 'Residential care',
    INDEPENDENT_LIVING: 'Supported or independent living',
  },
  young: {
    REUNIFICATION: 'Going back to live with your family',
    KINSHIP_OR_SGO: 'Living with relatives or someone you know well',
    LONG_TERM_FOSTER_CARE: 'Staying with foster carers until you are grown up',
    ADOPTION: 'Being adopted',
    RESIDENTIAL: 'Living in a children’s home',
    INDEPENDENT_LIVING: 'Getting ready to live on your own, with help',
  },
};

const DIMENSION_LABELS: Record<Voice, Record<CarePlanDimension, string>> = {
  professional: {
    HEALTH: 'Health',
    EDUCATION: 'Education',
    EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT: 'Emotional and behavioural development',
    IDENTITY: 'Identity',
    FAMILY_AND_SOCIAL_RELATIONSHIPS: 'Family and social relationships',
    SOCIAL_PRESENTATION: 'Social presentation',
    SELF_CARE_SKILLS: 'Self-care skills',
  },
  young: {
    HEALTH: 'Your health',
    EDUCATION: 'School and learning',
    EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT: 'Your feelings and behaviour',
    IDENTITY: 'Who you are: your culture, religion and language',
    FAMILY_AND_SOCIAL_RELATIONSHIPS: 'Family and friends',
    SOCIAL_PRESENTATION: 'How you come across to others',
    SELF_CARE_SKILLS: 'Looking after yourself',
  },
};

const CONCERN_LABELS: Record<Voice, Record<CarePlanActionConcern, string>> = {
  professional: { PERMANENCE: 'Permanence', ARRANGEMENTS: 'Arrangements' },
  young: { PERMANENCE: 'Your long-term plan', ARRANGEMENTS: 'Day-to-day care' },
};

export const planLabel = (code: PermanencePlan | null, voice: Voice = 'professional'): string | null =>
  code ? PLAN_LABELS[voice][code] : null;
export const dimensionLabel = (code: CarePlanDimension, voice: Voice = 'professional'): string =>
  DIMENSION_LABELS[voice][code];
export const concernLabel = (code: CarePlanActionConcern, voice: Voice = 'professional'): string =>
  CONCERN_LABELS[voice][code];

export const isPermanencePlan = (v: string): v is PermanencePlan => (PERMANENCE_PLANS as readonly string[]).includes(v);
export const isDimension = (v: string): v is CarePlanDimension => (DIMENSIONS as readonly string[]).includes(v);
export const isConcern = (v: string): v is CarePlanActionConcern => (CONCERNS as readonly string[]).includes(v);

/** A CONFLICT's `changed` entries (`permanencePlan`, `arrangements.HEALTH`...) as words for the page. */
export function changedLabel(part: string): string {
  if (part === 'permanencePlan') return 'Permanence plan';
  if (part === 'parallelPlan') return 'Parallel plan';
  if (part === 'actions') return 'Actions';
  const dimension = part.startsWith('arrangements.') ? part.slice('arrangements.'.length) : '';
  if (isDimension(dimension)) return `Arrangements: ${dimensionLabel(dimension)}`;
  return part;
}

export const NONE = 'NONE';
