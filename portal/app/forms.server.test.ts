import { describe, expect, it } from 'vitest';
import { fieldError } from './components/field-error';
import { all, dateErrors, dateFrom, isRealDate, optionalDate, text } from './forms.server';

const form = (entries: Array<[string, string]>) => {
  const f = new FormData();
  for (const [k, v] of entries) f.append(k, v);
  return f;
};

describe('form fields', () => {
  it('reads a GOV.UK date input as YYYY-MM-DD, padded, and empty when nothing was typed', () => {
    expect(
      dateFrom(
        form([
          ['held-day', '3'],
          ['held-month', '11'],
          ['held-year', '2026'],
        ]),
        'held',
      ),
    ).toBe('2026-11-03');
    expect(
      dateFrom(
        form([
          ['held-day', ''],
          ['held-month', ''],
          ['held-year', ''],
        ]),
        'held',
      ),
    ).toBe('');
    // Kept as typed (padded), so the form can show it again beside its error.
    expect(
      dateFrom(
        form([
          ['held-day', '31'],
          ['held-month', '2'],
          ['held-year', '2026'],
        ]),
        'held',
      ),
    ).toBe('2026-02-31');
  });

  it('trims text, caps its length, and collects repeated fields', () => {
    expect(text(form([['summary', '  hello  ']]), 'summary')).toBe('hello');
    expect(text(form([['summary', 'abcdef']]), 'summary', 3)).toBe('abc');
    expect(text(form([]), 'missing')).toBe('');
    expect(
      all(
        form([
          ['a', '1'],
          ['a', '2'],
        ]),
        'a',
      ),
    ).toEqual(['1', '2']);
  });

  it('finds the error for one field', () => {
    const errors = [{ field: 'owner', href: '#owner', text: 'Enter an owner' }];
    expect(fieldError(errors, 'owner')).toBe('Enter an owner');
    expect(fieldError(errors, 'dueDate')).toBeUndefined();
  });

  it('knows a real calendar date from one that only looks like it', () => {
    for (const ok of ['2026-11-03', '2024-02-29', '2026-12-31', '2000-02-29']) expect(isRealDate(ok), ok).toBe(true);
    for (const bad of [
      '2026-02-31',
      '2025-02-29',
      '1900-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '0026-11-03',
      '2026-1-3',
      'ab-cd-ef',
      '',
    ]) {
      expect(isRealDate(bad), bad).toBe(false);
    }
  });

  it('refuses a typed date that is not real before anything is sent, on its own field in the GOV.UK words', () => {
    const typed = dateFrom(
      form([
        ['openedOn-day', '31'],
        ['openedOn-month', '4'],
        ['openedOn-year', '2026'],
      ]),
      'openedOn',
    );
    expect(dateErrors([{ field: 'openedOn', value: typed, name: 'The date the challenge was opened' }])).toEqual([
      { field: 'openedOn', href: '#openedOn', text: 'The date the challenge was opened must be a real date' },
    ]);
    const letters = dateFrom(
      form([
        ['due-day', 'x'],
        ['due-month', '4'],
        ['due-year', '2026'],
      ]),
      'due',
    );
    expect(dateErrors([{ field: 'due', value: letters, name: 'The due date' }])).toHaveLength(1);
    // Real dates pass; an empty optional date is left to the graph (sent as null), which says what the record needs.
    expect(
      dateErrors([
        { field: 'a', value: '2026-04-30', name: 'A' },
        { field: 'b', value: '', name: 'B' },
      ]),
    ).toEqual([]);
    expect(optionalDate('')).toBeNull();
    expect(optionalDate('2026-04-30')).toBe('2026-04-30');
  });

  it('asks for a required date left empty: the graph types it Date! and could not name the field', () => {
    expect(dateErrors([{ field: 'date', value: '', name: 'The date of the review', required: true }])).toEqual([
      { field: 'date', href: '#date', text: 'Enter the date of the review' },
    ]);
    expect(
      dateErrors([{ field: 'date', value: '2026-12-01', name: 'The date of the review', required: true }]),
    ).toEqual([]);
  });
});
