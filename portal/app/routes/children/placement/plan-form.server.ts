import { type FormError, dateErrors, dateFrom, optionalDate, text } from '../../../forms.server';

// The placement plan form (CPPCR reg 9 and Schedule 2, DOMAIN.md §2.2): one box per part of the plan, the date it
// was agreed with the carer, and the version the social worker read, so a save over someone else's is a CONFLICT.

/** The plan's parts, in the order the form asks for them, with the words it uses. */
export const PLAN_PARTS = [
  { id: 'dayToDayCare', label: 'Day-to-day care', hint: 'How the carer looks after the child and keeps them safe' },
  { id: 'contactArrangements', label: 'Family time', hint: 'With whom, how often, and how changes are told' },
  { id: 'healthCare', label: 'Health and dental care', hint: 'GP, dentist, consent to examination and treatment' },
  { id: 'education', label: 'Education', hint: 'Education and training, and any EHC plan' },
  { id: 'visitsAndSupport', label: 'Visits and support', hint: 'How often the social worker visits, and support' },
  { id: 'endingArrangements', label: 'When the placement may end', hint: 'When and how it may be ended' },
  { id: 'finances', label: 'Money', hint: 'Allowances and who pays for what' },
] as const;

export type PlanPart = (typeof PLAN_PARTS)[number]['id'];

export type PlanFormValues = Record<PlanPart, string> & { school: string; agreedOn: string; expectedVersion: number };

/** Words for the fields a CONFLICT names as changed. */
export function planFieldLabel(field: string): string {
  if (field === 'school') return 'School';
  if (field === 'agreedOn') return 'Date agreed with the carer';
  return PLAN_PARTS.find((p) => p.id === field)?.label ?? field;
}

type SavedPlan = Partial<Record<PlanPart | 'school' | 'agreedOn', string | null>> & { version: number };

/** What the form starts with: the plan as saved, or empty boxes at version 0. */
export function planFormValues(plan: SavedPlan | null | undefined): PlanFormValues {
  const values = { school: plan?.school ?? '', agreedOn: plan?.agreedOn ?? '', expectedVersion: plan?.version ?? 0 };
  return Object.assign(values, ...PLAN_PARTS.map((p) => ({ [p.id]: plan?.[p.id] ?? '' }))) as PlanFormValues;
}

/** The posted form, as typed (trimmed). */
export function readPlanForm(form: FormData): PlanFormValues {
  const version = Number(text(form, 'expectedVersion', 10));
  return Object.assign(
    {
      school: text(form, 'school', 500),
      agreedOn: dateFrom(form, 'agreedOn'),
      expectedVersion: Number.isInteger(version) && version >= 0 ? version : 0,
    },
    ...PLAN_PARTS.map((p) => ({ [p.id]: text(form, p.id) })),
  ) as PlanFormValues;
}

/**
 * The mutation's input, or the errors to show first. Every Schedule 2 part is asked for (the graph types them
 * `String!`; an empty part is not a plan); the school is optional; a date typed is checked as a date.
 */
export function toPlanInput(placementId: string, v: PlanFormValues) {
  const errors: FormError[] = [
    ...dateErrors([{ field: 'agreedOn', value: v.agreedOn, name: 'The date the plan was agreed' }]),
    ...PLAN_PARTS.filter((p) => v[p.id] === '').map((p) => ({
      field: p.id,
      href: `#${p.id}`,
      text: `Enter the ${p.label.toLowerCase()} part of the plan`,
    })),
  ];
  const input = {
    placementId,
    expectedVersion: v.expectedVersion,
    agreedOn: optionalDate(v.agreedOn),
    school: v.school === '' ? null : v.school,
    ...(Object.fromEntries(PLAN_PARTS.map((p) => [p.id, v[p.id]])) as Record<PlanPart, string>),
  };
  return { input, errors };
}
