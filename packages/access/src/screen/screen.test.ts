import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { ConfidentialFact } from './facts';
import { readersOf, redactText, screenText, seesEveryFact } from './screen';

const CHILD = '00000000-0000-4000-8000-000000000001';
const CARER = '00000000-0000-4000-8000-0000000000c1';
const OLD_CARER = '00000000-0000-4000-8000-0000000000c0';
const FACTS: ConfidentialFact[] = [
  { childId: CHILD, kind: 'placement_address', value: '42 Bramble Court', ownerPersonId: CARER },
  { childId: CHILD, kind: 'placement_postcode', value: 'ZZ7 8JA', ownerPersonId: CARER },
  { childId: CHILD, kind: 'carer_name', value: 'Adebayo Osei', ownerPersonId: CARER },
  { childId: CHILD, kind: 'placement_address', value: '7 Old Mill Lane', ownerPersonId: OLD_CARER },
];
const TEXT = 'Aisha lives with Adebayo Osei at 42 Bramble Court, ZZ7 8JA.';
const field = (readers: Array<'parent' | 'carer' | 'self'>, text = TEXT) => ({
  field: 'arrangements.HEALTH',
  name: 'the health arrangements',
  text,
  readers,
});
const actor = (personId: string): Actor => ({ personId, role: 'parent', localAuthorityId: null, relationships: [] });

describe('screenText', () => {
  it('names each fact a parent may not see, where it is, and the way out', () => {
    const findings = screenText([field(['parent'])], FACTS, [CARER]);
    expect(findings.map((f) => [f.field, f.kind, f.found, f.start, f.reader])).toEqual([
      ['arrangements.HEALTH', 'carer_name', 'Adebayo Osei', 17, 'parent'],
      ['arrangements.HEALTH', 'placement_address', '42 Bramble Court', 33, 'parent'],
      ['arrangements.HEALTH', 'placement_postcode', 'ZZ7 8JA', 51, 'parent'],
    ]);
    expect(findings[1].message).toBe(
      'There is a placement address (“42 Bramble Court”) in the health arrangements: a parent may not see it. ' +
        'Remove it, or mark the passage [professionals only] … [/professionals only] so that only professionals read it.',
    );
  });

  it('lets the current carer read their own household, never a past carer’s address', () => {
    expect(screenText([field(['carer'])], FACTS, [CARER])).toEqual([]);
    const old = screenText([field(['carer'], 'Contact at 7 Old Mill Lane')], FACTS, [CARER]);
    expect(old.map((f) => [f.kind, f.reader])).toEqual([['placement_address', 'carer']]);
    // With no carer today, the next one is unknown: nothing of any household passes.
    expect(screenText([field(['carer'])], FACTS, []).length).toBe(3);
  });

  it('accepts the same text in a field only professionals read', () => {
    expect(screenText([field([])], FACTS, [CARER])).toEqual([]);
  });

  it('does not screen a passage marked professionals only', () => {
    const marked = 'Aisha is settled. [professionals only]She lives at 42 Bramble Court, ZZ7 8JA.[/professionals only]';
    expect(screenText([field(['parent'], marked)], FACTS, [CARER])).toEqual([]);
    const after = `${marked} Visits at 42 Bramble Court.`;
    expect(screenText([field(['parent'], after)], FACTS, [CARER]).map((f) => f.start)).toEqual([after.length - 17]);
  });
});

describe('redactText', () => {
  it('removes every fact a parent may not see', () => {
    expect(redactText(TEXT, FACTS, actor('p'), 'parent')).toBe(
      'Aisha lives with [removed: carer’s name] at [removed: placement address], [removed: placement postcode].',
    );
  });

  it('shows the carer their own household and hides another’s', () => {
    expect(redactText(TEXT, FACTS, actor(CARER), 'carer')).toBe(TEXT);
    expect(redactText('Was at 7 Old Mill Lane', FACTS, actor(CARER), 'carer')).toBe(
      'Was at [removed: placement address]',
    );
  });

  it('shows professionals everything, professionals-only passages included', () => {
    const marked = `Settled. [professionals only]${TEXT}[/professionals only] Doing well.`;
    expect(redactText(marked, FACTS, actor('i'), 'iro')).toBe(marked);
    expect(redactText(marked, FACTS, actor('p'), 'parent')).toBe('Settled. Doing well.');
    expect(redactText('Settled. [professionals only] unclosed 42 Bramble Court', FACTS, actor('p'), 'parent')).toBe(
      'Settled.',
    );
  });
});

describe('readersOf and seesEveryFact', () => {
  it('screens a field for the family members its label shows it to', () => {
    expect(readersOf('care_plan_arrangements')).toEqual(['parent', 'carer', 'self']);
    expect(readersOf('care_plan')).toEqual(['parent', 'self']);
    expect(readersOf('contact_sessions')).toEqual(['parent', 'carer']);
    expect(readersOf('review_record')).toEqual([]);
  });

  it('skips redaction only for those who see every household', () => {
    expect(seesEveryFact(actor('i'), 'iro')).toBe(true);
    expect(seesEveryFact(actor('s'), 'social_worker')).toBe(true);
    for (const r of ['parent', 'carer', 'self', 'advocate', null] as const)
      expect(seesEveryFact(actor('x'), r)).toBe(false);
  });
});
