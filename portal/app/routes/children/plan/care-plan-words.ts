// The care plan's words for each audience, shared by the pages and their loaders (so nothing here may be
// server-only). The graph decides what each person may see; this only says it in plain English.

export const PERMANENCE_PLANS = ['REUNIFICATION', 'KINSHIP_OR_SGO', 'LONG_TERM_FOSTER_CARE', 'ADOPTION', 'RESIDENTIAL', 'INDEPENDENT_LIVING'] as const;
export const DIMENSIONS = [
  'HEALTH',
  'EDUCATION',
  'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT',
  'IDENTITY',
  'FAMILY_AND_SOCIAL_RELATIONSHIPS',
  'SOCIAL_PRESENTATION',
  'SELF_CARE_SKILLS',
] as const;
export const CONCERNS = ['PERMANENCE', 'ARRANGEMENTS'] as const;
/** Rows of actions the form offers; blank rows are ignored. */
export const ACTION_ROWS = 8;

export type Voice = 'professional' | 'young';

const PLAN_LABELS: Record<Voice, Record<string, string>> = {
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

const DIMENSION_LABELS: Record<Voice, Record<string, string>> = {
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

const CONCERN_LABELS: Record<Voice, Record<string, string>> = {
  professional: { PERMANENCE: 'Permanence', ARRANGEMENTS: 'Arrangements' },
  young: { PERMANENCE: 'Your long-term plan', ARRANGEMENTS: 'Day-to-day care' },
};

export const planLabel = (code: string | null, voice: Voice = 'professional'): string | null =>
  code ? (PLAN_LABELS[voice][code] ?? code) : null;
export const dimensionLabel = (code: string, voice: Voice = 'professional'): string => DIMENSION_LABELS[voice][code] ?? code;
export const concernLabel = (code: string, voice: Voice = 'professional'): string => CONCERN_LABELS[voice][code] ?? code;

/** A CONFLICT's `changed` entries (`permanencePlan`, `arrangements.HEALTH`...) as words for the page. */
export function changedLabel(part: string): string {
  if (part === 'permanencePlan') return 'Permanence plan';
  if (part === 'parallelPlan') return 'Parallel plan';
  if (part === 'actions') return 'Actions';
  if (part.startsWith('arrangements.')) return `Arrangements: ${dimensionLabel(part.slice('arrangements.'.length))}`;
  return part;
}

export const NONE = 'NONE';
