import type { Deadline } from '@lac/statutory';
import type { Challenge } from './challenge.entity';
import { responseDue, responseOverdue } from './ladder';

/** The current level's response deadline (from the level's own snapshot of name and timer) and whether it is overdue. */
export function dueOf(
  challenge: Pick<Challenge, 'level' | 'stageName' | 'levelWorkingDays' | 'levelStartedOn' | 'status' | 'respondedOn'>,
  today: string,
): { due: Deadline | null; overdue: boolean } {
  const due = responseDue(
    { level: challenge.level, name: challenge.stageName, workingDays: challenge.levelWorkingDays },
    challenge.levelStartedOn,
  );
  return { due, overdue: responseOverdue(challenge, due, today) };
}

export function basisText(due: Deadline): string {
  const { rule, from, convention, calendarVersion } = due.basis;
  return `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`;
}
