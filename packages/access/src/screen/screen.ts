/**
 * The free-text screen (docs/security.md#free-text-screen, docs/decisions/0016-free-text-screen.md): one mechanism
 * for every free-text field a parent or a carer may read. On save, `screenText` names each confidential fact a
 * reader of the field may not see; the subgraph refuses the save. On read, `redactText` replaces each such fact
 * with "[removed: …]" and drops professionals-only passages, for text saved before the screen existed.
 */
import type { Actor } from '../actor';
import { SENSITIVE_FIELDS, type SensitiveLabel, maySeeField } from '../policy';
import type { RelationshipKind } from '../relationships';
import { type ConfidentialFact, FACT_KINDS, type FactKind } from './facts';
import { findFacts } from './matcher';
import { PASSAGE_CLOSE, PASSAGE_OPEN, blankProfessionalPassages, withoutProfessionalPassages } from './passages';

/** Who, besides the professionals, reads a free-text field once it is saved. */
export type FreeTextReader = Extract<RelationshipKind, 'parent' | 'carer' | 'self'>;

export interface FreeTextField {
  /** The input field's path as the mutation names it (`arrangements.HEALTH`, `parentSummary`). */
  field: string;
  /** How a person names it: "the health arrangements". */
  name: string;
  text: string | null | undefined;
  readers: readonly FreeTextReader[];
}

export interface Finding {
  field: string;
  kind: FactKind;
  /** "a placement postcode" */
  what: string;
  /** The words as written, so the writer can find them. */
  found: string;
  start: number;
  end: number;
  /** Who would have read it: the first reader of the field who may not see the fact. */
  reader: FreeTextReader;
  message: string;
}

const FAMILY_READERS: readonly FreeTextReader[] = ['parent', 'carer', 'self'];

/**
 * Who, besides the professionals, reads a field carrying this label: the readers a field is screened for, taken
 * from the policy so that a change of who sees a label changes what is screened.
 */
export function readersOf(label: SensitiveLabel): FreeTextReader[] {
  const visibleTo: readonly string[] = SENSITIVE_FIELDS[label].visibleTo;
  return FAMILY_READERS.filter((r) => visibleTo.includes(r));
}

/**
 * Whether a reader sees every fact and every professionals-only passage of any household (the IRO, the social
 * worker…), so their text needs no redaction and no facts need loading.
 */
export function seesEveryFact(actor: Actor, relationship: RelationshipKind | null): boolean {
  if (relationship === null || relationship === 'carer') return false;
  return (
    maySeeField(actor, relationship, 'professionals_only_passage') &&
    Object.values(FACT_KINDS).every((k) => maySeeField(actor, relationship, k.label))
  );
}

const READER_WORDS: Record<FreeTextReader, string> = {
  parent: 'a parent',
  carer: 'the carer',
  self: 'the young person',
};

/** The fact's label applied to a reader: a carer sees facts of their own household only (`carerOnlyOwn`). */
function readerMaySee(reader: FreeTextReader, fact: ConfidentialFact, carerIds: readonly string[]): boolean {
  const label = FACT_KINDS[fact.kind].label;
  // maySeeField reads only the person id (whose household a carer may see); the rest of the actor does not matter.
  const as = (personId: string): Actor => ({ personId, role: 'parent', localAuthorityId: null, relationships: [] });
  // With no carer today, the field's next carer is unknown: only what every carer may see passes.
  if (reader === 'carer')
    return carerIds.length > 0 && carerIds.every((id) => maySeeField(as(id), 'carer', label, fact.ownerPersonId));
  return maySeeField(as(''), reader, label, fact.ownerPersonId);
}

/**
 * The confidential facts in the fields that one of their readers may not see. Professionals-only passages are
 * not screened: nobody but the professionals reads them. `carerIds` are the child's carers today.
 */
export function screenText(
  fields: readonly FreeTextField[],
  facts: readonly ConfidentialFact[],
  carerIds: readonly string[],
): Finding[] {
  const findings: Finding[] = [];
  for (const f of fields) {
    if (!f.text || f.readers.length === 0) continue;
    for (const m of findFacts(blankProfessionalPassages(f.text), facts)) {
      const reader = f.readers.find((r) => !readerMaySee(r, m.fact, carerIds));
      if (!reader) continue;
      const what = FACT_KINDS[m.fact.kind].words;
      const found = f.text.slice(m.start, m.end);
      findings.push({
        field: f.field,
        kind: m.fact.kind,
        what,
        found,
        start: m.start,
        end: m.end,
        reader,
        message:
          `There is ${what} (“${found}”) in ${f.name}: ${READER_WORDS[reader]} may not see it. ` +
          `Remove it, or mark the passage ${PASSAGE_OPEN} … ${PASSAGE_CLOSE} so that only professionals read it.`,
      });
    }
  }
  return findings;
}

/** The one message for a refused save: every finding, in field order. */
export function screenMessage(findings: readonly Finding[]): string {
  return findings.map((f) => f.message).join(' ');
}

/**
 * The text as this reader may read it: professionals-only passages dropped unless the policy lets them see those,
 * and each confidential fact they may not see replaced with "[removed: …]". For text saved before the screen.
 */
export function redactText(
  text: string,
  facts: readonly ConfidentialFact[],
  actor: Actor,
  /** null (a parent reading their own contact record without a relationship to the child): every fact removed. */
  relationship: RelationshipKind | null,
): string {
  const visible = maySeeField(actor, relationship, 'professionals_only_passage')
    ? text
    : withoutProfessionalPassages(text);
  let out = '';
  let at = 0;
  for (const m of findFacts(visible, facts)) {
    if (maySeeField(actor, relationship, FACT_KINDS[m.fact.kind].label, m.fact.ownerPersonId)) continue;
    out += `${visible.slice(at, m.start)}[removed: ${FACT_KINDS[m.fact.kind].removed}]`;
    at = m.end;
  }
  return out + visible.slice(at);
}
