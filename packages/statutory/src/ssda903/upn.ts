/**
 * The child's Unique Pupil Number as the SSDA903 return takes it (validator rule 168): a check letter (never I, O or
 * S) then 12 digits, or 11 digits and a letter for a temporary UPN; or UN1 to UN5 when the UPN is not known. The
 * check letter must match the other twelve characters (the DfE's UPN check: weights 2 to 13, modulus 23).
 */
export type UpnProblem = 'FORMAT' | 'CHECK_LETTER';

const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const SHAPE = /^[A-HJ-NP-RT-Z](\d{12}|\d{11}[A-HJ-NP-RT-Z])$/;
const UNKNOWN = /^UN[1-5]$/;

export function upnProblem(upn: string): UpnProblem | null {
  if (UNKNOWN.test(upn)) return null;
  if (!SHAPE.test(upn)) return 'FORMAT';
  let sum = 0;
  for (let i = 1; i < 13; i++) {
    const ch = upn.charAt(i);
    const value = /\d/.test(ch) ? Number(ch) : LETTERS.indexOf(ch);
    sum += value * (i + 1);
  }
  return LETTERS.charAt(sum % 23) === upn.charAt(0) ? null : 'CHECK_LETTER';
}

/** The check letter for the twelve characters after it: how a valid fictional UPN is made for tests and demos. */
export function upnCheckLetter(rest: string): string {
  let sum = 0;
  for (let i = 0; i < 12; i++) {
    const ch = rest.charAt(i);
    sum += (/\d/.test(ch) ? Number(ch) : LETTERS.indexOf(ch)) * (i + 2);
  }
  return LETTERS.charAt(sum % 23);
}
