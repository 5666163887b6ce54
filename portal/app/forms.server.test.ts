import { describe, expect, it } from 'vitest';
import { fieldError } from './components/field-error';
import { all, dateFrom, text } from './forms.server';

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('form fields', () => {
  it('reads a GOV.UK date input as YYYY-MM-DD, padded, and empty when nothing was typed', () => {
    expect(dateFrom(form([['held-day', '3'], ['held-month', '11'], ['held-year', '2026']]), 'held')).toBe('2026-11-03');
    expect(dateFrom(form([['held-day', ''], ['held-month', ''], ['held-year', '']]), 'held')).toBe('');
    // Passed on as typed, so the gateway's date validation reports it.
    expect(dateFrom(form([['held-day', '31'], ['held-month', '2'], ['held-year', '2026']]), 'held')).toBe('2026-02-31');
  });

  it('trims text, caps its length, and collects repeated fields', () => {
    expect(text(form([['summary', '  hello  ']]), 'summary')).toBe('hello');
    expect(text(form([['summary', 'abcdef']]), 'summary', 3)).toBe('abc');
    expect(text(form([]), 'missing')).toBe('');
    expect(all(form([['a', '1'], ['a', '2']]), 'a')).toEqual(['1', '2']);
  });

  it('finds the error for one field', () => {
    const errors = [{ field: 'owner', href: '#owner', text: 'Enter an owner' }];
    expect(fieldError(errors, 'owner')).toBe('Enter an owner');
    expect(fieldError(errors, 'dueDate')).toBeUndefined();
  });
});
