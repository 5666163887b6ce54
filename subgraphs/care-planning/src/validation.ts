import { badInput } from '@lac/subgraph-kit';
import { type IsoDate, isIsoDate } from '@lac/statutory';

/** A date from input: real, in YYYY-MM-DD form, or a BAD_USER_INPUT naming the field. */
export function inputDate(field: string, value: string): IsoDate {
  if (!isIsoDate(value)) throw badInput(field, 'INVALID_DATE', `${field} must be a real date written YYYY-MM-DD`);
  return value;
}

export function notInFuture(field: string, date: string, today: string): void {
  if (date > today) throw badInput(field, 'DATE_IN_FUTURE', `${field} cannot be in the future (today is ${today})`);
}

export function notBefore(field: string, date: string, earliest: string, what: string): void {
  if (date < earliest) throw badInput(field, 'END_BEFORE_START', `${field} cannot be before ${what} (${earliest})`);
}
