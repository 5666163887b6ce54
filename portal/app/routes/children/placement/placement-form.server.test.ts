import { describe, expect, it } from 'vitest';
import { readPlacementForm, toPlacementFields } from './placement-form.server';

function form(entries: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
}

const typed = {
  householdId: 'h1',
  placementType: ' u4 ',
  providerCode: 'PR1',
  'startDate-day': '2',
  'startDate-month': '11',
  'startDate-year': '2026',
  line1: '1 Example Road',
  line2: '',
  town: 'Exampleton',
  postcode: 'ex1 1aa',
  distanceFromHomeKm: '12.5 km',
  intendedUntilEighteen: 'yes',
  visitRegime: 'TEMPORARY_CONNECTED_PERSON',
  reasonForChange: 'CARPL',
};

describe('placement form', () => {
  it('reads what was typed and builds the graph input', () => {
    const { fields, errors } = toPlacementFields(readPlacementForm(form(typed)), true);
    expect(errors).toEqual([]);
    expect(fields).toEqual({
      householdId: 'h1',
      placementType: 'u4',
      providerCode: 'PR1',
      startDate: '2026-11-02',
      address: { line1: '1 Example Road', line2: null, town: 'Exampleton', postcode: 'ex1 1aa' },
      distanceFromHomeKm: 12.5,
      intendedUntilEighteen: true,
      visitRegime: 'TEMPORARY_CONNECTED_PERSON',
    });
  });

  it('asks which visiting timetable applies, and refuses one the law does not have (reg 28, DOMAIN.md §1.5)', () => {
    for (const visitRegime of ['', 'FORTNIGHTLY']) {
      const { errors } = toPlacementFields(readPlacementForm(form({ ...typed, visitRegime })), true);
      expect(errors.map((e) => e.field)).toEqual(['visitRegime']);
    }
    const { fields } = toPlacementFields(
      readPlacementForm(form({ ...typed, visitRegime: 'CARE_ORDER_WITH_PARENT' })),
      true,
    );
    expect(fields.visitRegime).toBe('CARE_ORDER_WITH_PARENT');
  });

  it('sends no provider for a temporary placement and no distance when left empty', () => {
    const { fields } = toPlacementFields(
      readPlacementForm(form({ ...typed, providerCode: 'none', distanceFromHomeKm: '', intendedUntilEighteen: '' })),
      false,
    );
    expect(fields.providerCode).toBeNull();
    expect(fields.distanceFromHomeKm).toBeNull();
    expect(fields.intendedUntilEighteen).toBe(false);
  });

  it('leaves the provider to the household when none is chosen', () => {
    const { fields, errors } = toPlacementFields(readPlacementForm(form({ ...typed, providerCode: '' })), false);
    expect(errors).toEqual([]);
    expect(fields.providerCode).toBeNull();
  });

  it('asks for the reason only for a move', () => {
    const v = readPlacementForm(form({ ...typed, reasonForChange: '' }));
    expect(toPlacementFields(v, false).errors).toEqual([]);
    expect(toPlacementFields(v, true).errors.map((e) => e.field)).toEqual(['reasonForChange']);
  });

  it('names each missing or malformed field, keeping what was typed', () => {
    const v = readPlacementForm(
      form({
        ...typed,
        householdId: '',
        town: '',
        'startDate-day': '31',
        'startDate-month': '2',
        distanceFromHomeKm: 'far',
      }),
    );
    expect(toPlacementFields(v, false).errors.map((e) => [e.field, e.text])).toEqual([
      ['householdId', 'Choose the household the child will live with'],
      ['startDate', 'The date the placement starts must be a real date'],
      ['town', 'Enter the town or city'],
      ['distanceFromHomeKm', 'Distance from home must be a number, like 12.5'],
    ]);
    expect(v.distanceFromHomeKm).toBe('far');
    expect(v.startDate).toBe('2026-02-31');
  });
});
