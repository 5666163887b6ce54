import { registerEnumType } from 'type-graphql';

/**
 * The decision areas a placement plan must cover since the 2013 amendments (medical and dental treatment, education,
 * leisure and home life, faith and religious observance, social media) and the everyday ones practice adds
 * (DOMAIN.md §2.2 and §4). The last three are fixed by law under a care order (CA 1989 s.33(6)–(8)) and are
 * listed so the matrix shows who holds them, not because anyone may delegate them.
 */
export enum DecisionArea {
  MEDICAL_AND_DENTAL = 'medical_and_dental',
  EDUCATION = 'education',
  LEISURE_AND_HOME_LIFE = 'leisure_and_home_life',
  FAITH = 'faith',
  SOCIAL_MEDIA_AND_PHONES = 'social_media_and_phones',
  HAIRCUTS = 'haircuts',
  SCHOOL_TRIPS = 'school_trips',
  SLEEPOVERS = 'sleepovers',
  HOLIDAYS_IN_THE_UK = 'holidays_in_the_uk',
  HOLIDAYS_ABROAD = 'holidays_abroad',
  PASSPORT = 'passport',
  CHANGE_OF_SCHOOL = 'change_of_school',
  CHANGE_OF_RELIGION = 'change_of_religion',
  CONSENT_TO_ADOPTION = 'consent_to_adoption',
  REMOVAL_ABROAD_A_MONTH_OR_MORE = 'removal_abroad_a_month_or_more',
}
registerEnumType(DecisionArea, { name: 'DecisionArea', description: 'What a decision is about (DOMAIN.md §4)' });

/** Every area, in the order the matrix is shown. */
export const DECISION_AREAS: readonly DecisionArea[] = Object.values(DecisionArea);

/** Who holds a decision (DOMAIN.md §4, design implication: carer, social worker, manager, parent, the child). */
export enum DecisionHolder {
  CARER = 'carer',
  SOCIAL_WORKER = 'social_worker',
  MANAGER = 'manager',
  PARENT = 'parent',
  YOUNG_PERSON = 'young_person',
}
registerEnumType(DecisionHolder, { name: 'DecisionHolder', description: 'Who may take a decision' });

export function isDecisionArea(value: string): value is DecisionArea {
  return (DECISION_AREAS as readonly string[]).includes(value);
}

export function isDecisionHolder(value: string): value is DecisionHolder {
  return (Object.values(DecisionHolder) as string[]).includes(value);
}

/** How an area is named in the graph (the enum key, `HAIRCUTS`): in error fields and in what a CONFLICT names. */
export function areaName(area: DecisionArea): string {
  return area.toUpperCase();
}
