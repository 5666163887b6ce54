import { describe, expect, it } from 'vitest';
import type { ConfidentialFact } from './facts';
import { findFacts } from './matcher';

const CHILD = '00000000-0000-4000-8000-000000000001';
const fact = (kind: ConfidentialFact['kind'], value: string): ConfidentialFact => ({
  childId: CHILD,
  kind,
  value,
  ownerPersonId: null,
});
const ADDRESS = fact('placement_address', '42 Bramble Court');
const POSTCODE = fact('placement_postcode', 'ZZ7 8JA');
const CARER = fact('carer_name', 'Adebayo Osei');
const SCHOOL = fact('school', 'Larkfield Primary School');
const FACTS = [ADDRESS, POSTCODE, CARER, SCHOOL];

const found = (text: string) => findFacts(text, FACTS).map((m) => [m.fact.kind, text.slice(m.start, m.end)]);

describe('findFacts: postcodes', () => {
  it.each([
    ['lives at ZZ7 8JA now', 'ZZ7 8JA'],
    ['lives at zz7 8ja now', 'zz7 8ja'],
    ['lives at ZZ78JA now', 'ZZ78JA'],
    ['lives at zz78ja.', 'zz78ja'],
    ['postcode ZZ7  8JA', 'ZZ7  8JA'],
    ['postcode ZZ7-8JA', 'ZZ7-8JA'],
    ['(ZZ7\n8JA)', 'ZZ7\n8JA'],
  ])('finds it in %j', (text, written) => {
    expect(found(text)).toEqual([['placement_postcode', written]]);
  });

  it('does not find half a postcode or one inside a longer word', () => {
    expect(found('outward code ZZ7 only')).toEqual([]);
    expect(found('ref XZZ78JA1')).toEqual([]);
    expect(found('room 8JA')).toEqual([]);
  });
});

describe('findFacts: address lines', () => {
  it.each([
    ['Aisha lives at 42 Bramble Court, ZZ7 8JA', '42 Bramble Court'],
    ['42 bramble court', '42 bramble court'],
    ['42, Bramble   Court', '42, Bramble   Court'],
    ['42 Bramble Ct', '42 Bramble Ct'],
  ])('finds the whole first line in %j', (text, written) => {
    expect(found(text)[0]).toEqual(['placement_address', written]);
  });

  it('finds the street without the house number', () => {
    expect(found('She walks to the shop from Bramble Court.')).toEqual([['placement_address', 'Bramble Court']]);
  });

  it('does not refuse ordinary words that share a word with the address', () => {
    expect(found('The court hearing is on Monday; 42 people attended; brambles in the garden.')).toEqual([]);
    expect(found('courtesy and bramble jam')).toEqual([]);
    expect(found('Court Bramble')).toEqual([]);
  });
});

describe('findFacts: carer names and the school', () => {
  it.each([
    ['with Adebayo Osei', 'Adebayo Osei'],
    ['with ADEBAYO OSEI', 'ADEBAYO OSEI'],
    ['Mr Osei takes her to football', 'Mr Osei'],
    ['mrs. osei', 'mrs. osei'],
  ])('finds the carer in %j', (text, written) => {
    expect(found(text)).toEqual([['carer_name', written]]);
  });

  it('does not refuse a first name alone or a surname without a title', () => {
    expect(found('Adebayo from the youth club; the Osei family network')).toEqual([]);
  });

  it('finds the school', () => {
    expect(found('She started at Larkfield Primary School in September')).toEqual([
      ['school', 'Larkfield Primary School'],
    ]);
    expect(found('primary school in September')).toEqual([]);
  });

  it('finds every fact in one text, in order', () => {
    expect(found('Adebayo Osei, 42 Bramble Court, ZZ7 8JA')).toEqual([
      ['carer_name', 'Adebayo Osei'],
      ['placement_address', '42 Bramble Court'],
      ['placement_postcode', 'ZZ7 8JA'],
    ]);
  });

  it('finds nothing in text without facts, or with no facts to look for', () => {
    expect(found('Aisha is settled and doing well at school.')).toEqual([]);
    expect(findFacts('42 Bramble Court', [])).toEqual([]);
  });
});
