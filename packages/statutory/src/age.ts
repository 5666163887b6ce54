import { compareIsoDates, dateParts, fromParts, isLeapYear, type IsoDate } from './iso-date';

/**
 * Convention for 29 February birthdays: in a non-leap year the birthday is 1 March. Family Law Reform Act 1969
 * s.9 says a person attains an age at the start of the anniversary of their birth; the usual English reading
 * is that a leapling's anniversary has not arrived until 28 February has ended. This deliberately differs from
 * addMonths, whose month-end clamping would give 28 February.
 */
export const LEAP_DAY_BIRTHDAY_CONVENTION =
  'A 29 February birthday falls on 1 March in non-leap years (FLRA 1969 s.9, usual English reading)';

/** The date a person born on dateOfBirth attains the given age. */
export function birthdayAtAge(dateOfBirth: IsoDate, age: number): IsoDate {
  if (!Number.isInteger(age) || age < 0) throw new RangeError(`Age must be a whole number >= 0: ${age}`);
  const { year, month, day } = dateParts(dateOfBirth);
  const y = year + age;
  if (month === 2 && day === 29 && !isLeapYear(y)) return fromParts(y, 3, 1);
  return fromParts(y, month, day);
}

/** Age in completed years on the given date; throws when the date is before birth. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  if (compareIsoDates(on, dateOfBirth) < 0) {
    throw new RangeError(`Date ${on} is before the date of birth ${dateOfBirth}`);
  }
  const dob = dateParts(dateOfBirth);
  let age = dateParts(on).year - dob.year;
  if (compareIsoDates(on, birthdayAtAge(dateOfBirth, age)) < 0) age -= 1;
  return age;
}
