import { type FormError, dateErrors, dateFrom, optionalDate, text } from '../../../forms.server';
import { PLAN_PARTS, type PlanPart } from './plan-parts';

export { PLAN_PARTS, planFieldLabel } from './plan-parts';

// The placement plan form (CPPCR reg 9 and Schedule 2, DOMAIN.md §2.2): one box per part of the plan, the date it
// was agreed with the carer, and the version the social worker read, so a save over someone else's is a CONFLICT.

export type PlanFormValues = Record<PlanPart, string> & { school: string; agreedOn: string; expectedVersion: number };

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
