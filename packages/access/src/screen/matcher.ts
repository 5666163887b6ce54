/**
 * Finds a child's confidential facts in free text (docs/security.md#free-text-screen). Pure: no SQL, no GraphQL.
 * Matching is on words, not characters: case and punctuation are ignored, whitespace may differ, a postcode matches
 * with or without its space, and a fact only matches whole words, so "Court" never matches inside "courtesy".
 */
import type { ConfidentialFact } from './facts';

export interface Match {
  fact: ConfidentialFact;
  /** Offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Spellings of a street's kind that mean the same ("Rd" for "Road"); compared by their first form. */
const SAME_WORD: Record<string, string> = {
  rd: 'road',
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  ct: 'court',
  cl: 'close',
  dr: 'drive',
  ln: 'lane',
  pl: 'place',
  sq: 'square',
  cres: 'crescent',
  gdns: 'gardens',
  tce: 'terrace',
  gr: 'grove',
};

const TITLES = ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr'];

function words(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const lower = m[0].toLowerCase();
    out.push({ text: SAME_WORD[lower] ?? lower, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const wordsOf = (phrase: string): string[] => words(phrase).map((w) => w.text);

/** The word sequences that reveal the fact: each is matched as whole consecutive words. */
export function patternsOf(fact: ConfidentialFact): string[][] {
  const all = wordsOf(fact.value);
  if (all.length === 0) return [];
  switch (fact.kind) {
    case 'placement_postcode':
      // One pattern per way of writing it: "ZZ7 8JA" and "ZZ78JA".
      return [all, [all.join('')]];
    case 'placement_address': {
      const patterns = [all];
      // "Bramble Court" without the house number still says where the child lives; one word ("Highfield") alone is
      // too common to refuse on.
      const street = /^\d/.test(all[0]) ? all.slice(1) : [];
      if (street.length >= 2) patterns.push(street);
      return patterns;
    }
    case 'carer_name': {
      // The full name, and the surname with a title ("Mrs Osei"); a first name alone is too common to refuse on.
      const patterns = [all];
      if (all.length >= 2) for (const title of TITLES) patterns.push([title, all[all.length - 1]]);
      return patterns;
    }
    case 'school':
      return [all];
  }
}

/** Every place in `text` where one of `facts` appears; overlapping matches are kept, sorted by position. */
export function findFacts(text: string, facts: readonly ConfidentialFact[]): Match[] {
  const ws = words(text);
  const matches: Match[] = [];
  for (const fact of facts) {
    for (const pattern of patternsOf(fact)) {
      for (let i = 0; i + pattern.length <= ws.length; i++) {
        if (pattern.every((p, k) => ws[i + k].text === p)) {
          matches.push({ fact, start: ws[i].start, end: ws[i + pattern.length - 1].end });
        }
      }
    }
  }
  return dedupe(matches.sort((a, b) => a.start - b.start || b.end - a.end));
}

/** One match per stretch of text: the longest starting there, and none inside another. */
function dedupe(sorted: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
