/**
 * The way out of the screen: a passage marked "professionals only" is read by the professionals around the child
 * and by nobody else (label `professionals_only_passage` in the policy). A social worker who must record the
 * address in the plan writes it between the markers; a parent or carer reads the text without the passage, as if
 * it had never been written. An opening marker with no closing one hides everything after it: a forgotten
 * closing marker must not show a family what was meant for professionals.
 */
export const PASSAGE_OPEN = '[professionals only]';
export const PASSAGE_CLOSE = '[/professionals only]';

const PASSAGE = /\[\s*professionals only\s*\][\s\S]*?(?:\[\s*\/\s*professionals only\s*\]|$)/gi;

/** The text without its professionals-only passages, for a reader who may not see them. */
export function withoutProfessionalPassages(text: string): string {
  return text
    .replace(PASSAGE, '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/** The text with each professionals-only passage blanked to spaces, so offsets into it are offsets into the text. */
export function blankProfessionalPassages(text: string): string {
  return text.replace(PASSAGE, (passage) => ' '.repeat(passage.length));
}
