import type { FormError } from './forms.server';
import { dateFrom, text } from './forms.server';
import type { PlanView } from './components/care-plan';
import { formatDate } from './format.server';

// The care plan's words for each audience, its GraphQL shape and its form. The graph decides what each person
// may see (a carer gets no permanence plan or actions: they come back null); this only says it in plain English.

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

type Voice = 'professional' | 'young';

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

export const VERSION_FIELDS = `number savedAt savedBy { displayName } permanencePlan parallelPlan
  actions { description concerns owner dueDate } arrangements { dimension text }`;

export interface VersionData {
  number: number;
  savedAt: string;
  savedBy: { displayName: string } | null;
  permanencePlan: string | null;
  parallelPlan: string | null;
  actions: Array<{ description: string; concerns: string; owner: string; dueDate: string | null }> | null;
  arrangements: Array<{ dimension: string; text: string | null }> | null;
}

const when = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', hour12: true, timeZone: 'Europe/London' });

/** "2026-11-30T04:32:00Z" → "30 November 2026 at 4:32 am" in England. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : when.format(d);
}


export function planView(v: VersionData, voice: Voice): PlanView {
  return {
    number: v.number,
    savedBy: v.savedBy?.displayName ?? 'Unknown',
    savedAt: formatSavedAt(v.savedAt),
    permanence: v.actions === null ? null : { plan: planLabel(v.permanencePlan, voice), parallel: planLabel(v.parallelPlan, voice) },
    actions:
      v.actions?.map((a) => ({ description: a.description, concerns: concernLabel(a.concerns, voice), owner: a.owner, due: a.dueDate ? formatDate(a.dueDate) : '' })) ??
      null,
    arrangements: v.arrangements?.map((a) => ({ dimension: dimensionLabel(a.dimension, voice), text: a.text })) ?? null,
  };
}

// ---- the edit form ----

export interface ActionRow {
  description: string;
  concerns: string;
  owner: string;
  dueDate: string;
}

export interface PlanFormValues {
  expectedVersion: number;
  permanencePlan: string;
  parallelPlan: string;
  actions: ActionRow[];
  arrangements: Record<string, string>;
}

export const NONE = 'NONE';
const blankRow = (): ActionRow => ({ description: '', concerns: '', owner: '', dueDate: '' });

/** The form pre-filled with the current version (or empty when there is none). */
export function formValuesFrom(v: VersionData | null): PlanFormValues {
  const actions = (v?.actions ?? []).map((a) => ({ description: a.description, concerns: a.concerns, owner: a.owner, dueDate: a.dueDate ?? '' }));
  while (actions.length < ACTION_ROWS) actions.push(blankRow());
  return {
    expectedVersion: v?.number ?? 0,
    permanencePlan: v?.permanencePlan ?? NONE,
    parallelPlan: v?.parallelPlan ?? NONE,
    actions,
    arrangements: Object.fromEntries(DIMENSIONS.map((d) => [d, v?.arrangements?.find((a) => a.dimension === d)?.text ?? ''])),
  };
}

const rowIsBlank = (r: ActionRow) => !r.description && !r.owner && !r.dueDate;

/** What was typed, exactly, so the form can be shown again with it. */
export function readPlanForm(form: FormData): PlanFormValues {
  const version = Number(text(form, 'expectedVersion', 12));
  return {
    expectedVersion: Number.isInteger(version) ? version : -1,
    permanencePlan: text(form, 'permanencePlan', 40) || NONE,
    parallelPlan: text(form, 'parallelPlan', 40) || NONE,
    actions: Array.from({ length: ACTION_ROWS }, (_, i) => {
      const n = i + 1;
      return {
        description: text(form, `action-${n}-description`),
        concerns: text(form, `action-${n}-concerns`, 40),
        owner: text(form, `action-${n}-owner`, 1000),
        dueDate: dateFrom(form, `action-${n}-due`),
      };
    }),
    arrangements: Object.fromEntries(DIMENSIONS.map((d) => [d, text(form, `arrangement-${d}`)])),
  };
}

/**
 * The mutation's input from the form: blank action rows left out. `fieldIds` maps the graph's field names back
 * to the form's (action 2 of the input may be row 5 of the form). Errors only the form can know about (a row
 * with no choice of what it concerns, which the graph's enum cannot even receive) are returned here.
 */
export function toCarePlanInput(childId: string, values: PlanFormValues) {
  const fieldIds: Record<string, string> = {
    permanencePlan: 'permanencePlan',
    parallelPlan: 'parallelPlan',
    actions: 'action-1-description',
    arrangements: `arrangement-${DIMENSIONS[0]}`,
  };
  for (const d of DIMENSIONS) fieldIds[`arrangements.${d}`] = `arrangement-${d}`;
  const errors: FormError[] = [];
  const actions: Array<{ description: string; concerns: string; owner: string; dueDate: string | null }> = [];
  values.actions.forEach((row, i) => {
    if (rowIsBlank(row)) return;
    const n = i + 1;
    const at = actions.length;
    for (const [part, id] of [['description', 'description'], ['concerns', 'concerns'], ['owner', 'owner'], ['dueDate', 'due']] as const) {
      fieldIds[`actions.${at}.${part}`] = `action-${n}-${id}`;
    }
    if (!(CONCERNS as readonly string[]).includes(row.concerns)) {
      errors.push({ field: `action-${n}-concerns`, href: `#action-${n}-concerns`, text: `Say whether action ${n} concerns permanence or arrangements` });
    }
    actions.push({ description: row.description, concerns: row.concerns, owner: row.owner, dueDate: row.dueDate || null });
  });
  const plan = (v: string) => ((PERMANENCE_PLANS as readonly string[]).includes(v) ? v : null);
  const input = {
    childId,
    expectedVersion: values.expectedVersion,
    permanencePlan: plan(values.permanencePlan),
    parallelPlan: plan(values.parallelPlan),
    actions,
    arrangements: DIMENSIONS.map((dimension) => ({ dimension, text: values.arrangements[dimension] ?? '' })),
  };
  return { input, fieldIds, errors };
}
