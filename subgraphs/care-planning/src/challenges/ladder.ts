import {
  type Deadline,
  ENGLAND_CALENDAR,
  type HolidayCalendar,
  WORKING_DAY_CONVENTION,
  addWorkingDays,
  parseIsoDate,
} from '@lac/statutory';

/**
 * IRO dispute resolution (docs/domain.md#iro-challenge-ladder): informal first, then an IRO alert with a timer, then
 * the local authority's formal stages, each with a working-day timer for the response. Cafcass can be referred to
 * at any point.
 *
 * The formal stages are CONFIGURABLE per local authority (table `care_planning.challenge_stages`: ordinal, name,
 * working days). This is the one place the default lives, used when a local authority has configured none. It
 * combines the local protocols seen (Nottinghamshire, Redbridge, Merton); no national timescale per stage exists.
 */
export const DEFAULT_CHALLENGE_STAGES: readonly StageSetting[] = [
  { ordinal: 1, name: 'Team manager', workingDays: 5 },
  { ordinal: 2, name: 'Head of service', workingDays: 10 },
  { ordinal: 3, name: "Director of children's services", workingDays: 10 },
];

/** The IRO alert's timer: Nottinghamshire's IRO Alert Form asks for a response within 10 working days. */
export const ALERT_WORKING_DAYS = 10;

export const INFORMAL_STEP_NAME = 'Informal conversation';
export const ALERT_STEP_NAME = 'IRO alert';

export type LevelKind = 'informal' | 'alert' | 'formal';

export interface StageSetting {
  ordinal: number;
  name: string;
  workingDays: number;
}

export interface LadderStep {
  level: LevelKind;
  /** The formal stage's ordinal; null before the formal stages. */
  ordinal: number | null;
  name: string;
  /** null: an informal conversation has no timer. */
  workingDays: number | null;
}

/** Informal, alert, then the local authority's formal stages in order (the default ladder when none are set). */
export function challengeLadder(stages: readonly StageSetting[]): LadderStep[] {
  const formal = (stages.length > 0 ? [...stages] : [...DEFAULT_CHALLENGE_STAGES]).sort(
    (a, b) => a.ordinal - b.ordinal,
  );
  return [
    { level: 'informal', ordinal: null, name: INFORMAL_STEP_NAME, workingDays: null },
    { level: 'alert', ordinal: null, name: ALERT_STEP_NAME, workingDays: ALERT_WORKING_DAYS },
    ...formal.map((s) => ({ level: 'formal' as const, ordinal: s.ordinal, name: s.name, workingDays: s.workingDays })),
  ];
}

export function findStep(ladder: readonly LadderStep[], level: LevelKind, ordinal: number | null): LadderStep | null {
  return ladder.find((s) => s.level === level && (level !== 'formal' || s.ordinal === ordinal)) ?? null;
}

/**
 * The level a challenge escalates to from where it is; null from the last formal stage, where only a Cafcass
 * referral remains. A formal stage no longer configured escalates to the next configured one above it.
 */
export function stepAfter(ladder: readonly LadderStep[], level: LevelKind, ordinal: number | null): LadderStep | null {
  if (level === 'informal') return ladder.find((s) => s.level === 'alert') ?? null;
  const formal = ladder.filter((s) => s.level === 'formal');
  if (level === 'alert') return formal[0] ?? null;
  return formal.find((s) => (s.ordinal ?? 0) > (ordinal ?? 0)) ?? null;
}

/** When the response at a timed level is due, with its basis; null for an informal conversation. */
export function responseDue(
  step: { level: LevelKind; name: string; workingDays: number | null },
  levelStartedOn: string,
  calendar: HolidayCalendar = ENGLAND_CALENDAR,
): Deadline | null {
  if (step.workingDays === null) return null;
  const who = step.level === 'alert' ? 'the person alerted (IRO alert)' : step.name;
  const from = parseIsoDate(levelStartedOn);
  return {
    dueBy: addWorkingDays(from, step.workingDays, calendar),
    basis: {
      rule: `Local authority dispute resolution: ${who} responds within ${step.workingDays} working days`,
      from,
      convention: WORKING_DAY_CONVENTION,
      calendarVersion: calendar.version,
    },
  };
}

/** Overdue: still open, at a timed level, no response recorded at this level, and the due date has passed. */
export function responseOverdue(
  challenge: { status: string; respondedOn: string | null },
  due: Deadline | null,
  today: string,
): boolean {
  return challenge.status === 'open' && challenge.respondedOn === null && due !== null && today > due.dueBy;
}
