// The placement plan's parts (CPPCR Schedule 2, DOMAIN.md §2.2) as the form words them; client-safe, so the page
// component and the server module share one list.

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

/** Words for the fields a CONFLICT names as changed. */
export function planFieldLabel(field: string): string {
  if (field === 'school') return 'School';
  if (field === 'agreedOn') return 'Date agreed with the carer';
  return PLAN_PARTS.find((p) => p.id === field)?.label ?? field;
}
