import type { Choice } from '../../../components/form-fields';

/** An SSDA903 code list as select options: a blank first choice, then "Description (CODE)". */
export function codeChoices(codes: ReadonlyArray<{ code: string; description: string }>, blank: string): Choice[] {
  return [{ value: '', text: blank }, ...codes.map((c) => ({ value: c.code, text: `${c.description} (${c.code})` }))];
}
