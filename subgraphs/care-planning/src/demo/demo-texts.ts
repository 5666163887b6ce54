import type { DemoChild } from '@lac/testing';
import type { CarePlanDraft } from '../care-plans/validate';

/** The words of the demo care plans, meetings and letters: invented, plain, and varied a little by age. */

export const VENUES = [
  'Quillow Lane Family Centre',
  'The foster home',
  'Ashbury Civic Centre, meeting room 4',
  'Brackenford Academy',
  'Online (video call)',
] as const;

export const ageOn = (c: DemoChild, on: string): number => {
  const [by, bm, bd] = c.dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
};

type Plan =
  'REUNIFICATION' | 'KINSHIP_OR_SGO' | 'LONG_TERM_FOSTER_CARE' | 'ADOPTION' | 'RESIDENTIAL' | 'INDEPENDENT_LIVING';

/** The permanence plan a child's circumstances suggest, with a parallel plan for some. */
export function permanenceFor(
  c: DemoChild,
  age: number,
  n: number,
): { permanencePlan: Plan; parallelPlan: Plan | null } {
  const legal = c.legalStatuses.at(-1)!.code;
  if (legal === 'E1') return { permanencePlan: 'ADOPTION', parallelPlan: null };
  if (c.placement.placementType === 'K2')
    return { permanencePlan: 'RESIDENTIAL', parallelPlan: age >= 16 ? 'INDEPENDENT_LIVING' : null };
  if (c.placement.placementType.startsWith('U1') || c.placement.placementType.startsWith('U3')) {
    return { permanencePlan: 'KINSHIP_OR_SGO', parallelPlan: null };
  }
  if (age >= 16) return { permanencePlan: 'LONG_TERM_FOSTER_CARE', parallelPlan: 'INDEPENDENT_LIVING' };
  if (legal === 'V2' || n % 3 === 0) return { permanencePlan: 'REUNIFICATION', parallelPlan: 'LONG_TERM_FOSTER_CARE' };
  return { permanencePlan: 'LONG_TERM_FOSTER_CARE', parallelPlan: null };
}

const PERMANENCE_ACTIONS: Record<Plan, string[]> = {
  REUNIFICATION: [
    'Parenting assessment of the family completed and shared',
    'Family time increased to unsupervised weekends if the assessment supports it',
  ],
  KINSHIP_OR_SGO: [
    'Special guardianship assessment of the connected carers completed',
    'Support plan for the special guardianship order agreed',
  ],
  LONG_TERM_FOSTER_CARE: [
    'Long-term match with the current carers presented to the fostering panel',
    'Life story work started with the child',
  ],
  ADOPTION: ['Child permanence report completed', 'Family finding started, with a profile for the adoption agency'],
  RESIDENTIAL: [
    'Matching with a long-term children’s home agreed at the placement panel',
    'Plan for keeping in touch with family agreed',
  ],
  INDEPENDENT_LIVING: ['Pathway plan completed with the personal adviser', 'Application for supported lodgings made'],
};

/**
 * Where a child spends the day at each age: a baby or a one-year-old is at home with the carers (funded early
 * education starts at 2 for a looked-after child), then nursery, school and college.
 */
export function dayPlace(age: number): string {
  if (age < 2) return 'is at home with the carers during the day';
  if (age < 5) return 'attends nursery';
  if (age < 11) return 'attends primary school';
  if (age < 16) return 'attends secondary school';
  return 'attends college';
}

/** The seven dimensions' arrangements (CPPCR Sch 1 para 1), worded for the child's age. */
export function arrangements(c: DemoChild, age: number): CarePlanDraft['arrangements'] {
  const name = c.givenName;
  const text: Record<string, string> = {
    HEALTH:
      `${name} is registered with the Quillow Lane surgery and dentist. Health assessment ` +
      `${age < 5 ? 'every six months, with developmental checks by the health visitor' : 'yearly'}.`,
    EDUCATION:
      `${name} ${dayPlace(age)}. ` +
      (age >= 4
        ? 'The personal education plan is reviewed each term with the designated teacher.'
        : age >= 2
          ? 'Early years funding is in place.'
          : 'The carers and the health visitor follow early development; early years funding starts at 2.'),
    EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT:
      age >= 2
        ? 'Strengths and difficulties questionnaire completed yearly by the carer.' +
          (age >= 8 ? ` ${name} can ask for counselling through school.` : '')
        : `${name}'s attachment to the carers is supported; the health visitor checks on it at each visit.`,
    IDENTITY: `${name}'s culture, faith and language are supported by the carers; life story book kept up to date.`,
    FAMILY_AND_SOCIAL_RELATIONSHIPS:
      age >= 3
        ? `Family time with parents as agreed; ${name} keeps in touch with brothers, sisters and friends.`
        : `Family time with parents as agreed; ${name} sees brothers and sisters at family time.`,
    SOCIAL_PRESENTATION:
      age >= 3
        ? `Clothing allowance paid to the carers; ${name} ${age >= 10 ? 'chooses their own clothes' : 'helps choose clothes'}.`
        : 'Clothing allowance paid to the carers.',
    SELF_CARE_SKILLS:
      age >= 15
        ? `${name} is learning to cook, budget and use public transport.`
        : `Skills suited to ${name}'s age, encouraged by the carers.`,
  };
  return Object.entries(text).map(([dimension, t]) => ({ dimension, text: t }));
}

/** One version of a child's plan. `permanence: false` leaves the permanence plan out; `arrangementsOnly` has no permanence action. */
export interface PlanOptions {
  expectedVersion: number;
  /** False leaves the permanence plan and its actions out. */
  permanence: boolean;
  /** Only the actions about arrangements. */
  arrangementsOnly: boolean;
  socialWorker: string;
  dueFrom: string;
  override?: Partial<ReturnType<typeof permanenceFor>>;
}

/** One version of a child's plan, as the social worker would type it. */
export function planDraft(c: DemoChild, age: number, n: number, options: PlanOptions): CarePlanDraft {
  const p = { ...permanenceFor(c, age, n), ...options.override };
  const arrangementActions = [
    {
      description: `Book ${c.givenName}'s ${age >= 4 ? 'review health assessment' : 'developmental check'}`,
      concerns: 'ARRANGEMENTS',
      owner: 'Looked-after children nurse',
      dueDate: options.dueFrom,
    },
    {
      description: `Update ${c.givenName}'s ${age >= 4 ? 'personal education plan' : 'early years plan'}`,
      concerns: 'ARRANGEMENTS',
      owner: options.socialWorker,
      dueDate: null,
    },
  ];
  const permanenceActions = options.permanence
    ? PERMANENCE_ACTIONS[p.permanencePlan].map((description) => ({
        description,
        concerns: 'PERMANENCE',
        owner: options.socialWorker,
        dueDate: options.dueFrom,
      }))
    : [];
  return {
    expectedVersion: options.expectedVersion,
    permanencePlan: options.permanence ? p.permanencePlan : null,
    parallelPlan: options.permanence ? p.parallelPlan : null,
    actions: options.arrangementsOnly ? arrangementActions : [...permanenceActions, ...arrangementActions],
    arrangements: arrangements(c, age),
  };
}

export interface MeetingWords {
  summary: string;
  decisions: string[];
  childPrivateWords: string | null;
}

export function meetingWords(c: DemoChild, age: number, n: number): MeetingWords {
  const name = c.givenName;
  const summary =
    `${name}'s review considered the care plan, the placement and ${name}'s views. ` +
    `${name} is settled with ${c.placement.carerPersonId ? 'the carers' : 'the staff at the home'}` +
    `${age >= 4 ? ` and is doing well at ${age < 11 ? 'school' : age < 16 ? 'secondary school' : 'college'}` : ' and is meeting developmental milestones'}. ` +
    'Family time has gone well. Everyone agreed the plan is right for now.';
  const decisions = [
    `${name} stays in the current placement; it meets ${name}'s needs.`,
    `Family time continues ${n % 2 === 0 ? 'fortnightly' : 'monthly'} at Quillow Lane Family Centre.`,
    age >= 4
      ? `The personal education plan is updated before the end of term.`
      : `The health visitor continues monthly visits.`,
    `The carers receive support with respite for one weekend every two months.`,
  ];
  const childPrivateWords =
    age >= 8
      ? `${name} told me privately they sometimes feel left out at family time and want to tell their mum themselves.`
      : null;
  return { summary, decisions, childPrivateWords };
}

/** The three published versions, written for each audience (never quoting the child's private words). */
export function outcomeWords(
  c: DemoChild,
  age: number,
): { childLetter: string; parentSummary: string; carerSummary: string } {
  const name = c.givenName;
  const childLetter =
    age >= 8
      ? `Dear ${name},\n\nThank you for talking to me before your review. You asked to stay where you are and to see your family more. ` +
        `We decided you will stay with your carers, because you are happy and safe there, and family time will carry on. ` +
        `If you want to tell me anything, you can send me a message at any time.\n\nFrom your IRO`
      : `Dear ${name},\n\nThis letter is for you to keep, and for your carers to read with you. At your review everyone agreed you are ` +
        `happy and doing well where you live, so you will stay there, and you will keep seeing your family.\n\nFrom your IRO`;
  const parentSummary =
    `At ${name}'s review we agreed ${name} stays in the current placement, and family time continues as it is now. ` +
    'If you disagree with a decision, you can contact the social worker or the IRO.';
  const carerSummary =
    `At ${name}'s review we agreed ${name} stays with you, family time continues, and you will get respite support. ` +
    'The social worker will confirm the dates.';
  return { childLetter, parentSummary, carerSummary };
}

export const RECOMMENDATIONS = [
  {
    text: 'Complete life story work with the child',
    monitoring: 'The social worker updates the IRO at each monthly supervision',
  },
  {
    text: 'Arrange family time with the grandparents once a month',
    monitoring: 'The IRO checks with the social worker midway between reviews',
  },
  {
    text: 'Refer to the emotional health service for an assessment',
    monitoring: 'Progress reported to the IRO by email when the referral is accepted',
  },
  {
    text: 'Update the personal education plan with the designated teacher',
    monitoring: 'The virtual school shares the plan with the IRO',
  },
  { text: 'Complete the review health assessment', monitoring: 'The looked-after children nurse confirms to the IRO' },
] as const;
