import { formatDate } from '../../../format.server';

/** Days as a reader says them: "3 months", "1 year and 2 months", "12 days". */
export function lengthInWords(days: number): string {
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.floor(days / 30.44);
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const m = (n: number) => `${n} month${n === 1 ? '' : 's'}`;
  if (years === 0) return m(months);
  const y = `${years} year${years === 1 ? '' : 's'}`;
  return rest === 0 ? y : `${y} and ${m(rest)}`;
}

export const PLAN_STATUS_WORDS = {
  AGREED_ON_TIME: { text: 'Agreed on time', colour: 'green' },
  AGREED_LATE: { text: 'Agreed late', colour: 'yellow' },
  DUE: { text: 'Due', colour: 'blue' },
  OVERDUE: { text: 'Overdue', colour: 'red' },
} as const;

export function visitLine(v: { visitedOn: string; seenAlone: boolean }): string {
  return `${formatDate(v.visitedOn)}: ${v.seenAlone ? 'seen alone' : 'not seen alone'}`;
}
