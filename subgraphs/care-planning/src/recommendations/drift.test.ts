import { describe, expect, it } from 'vitest';
import { type DriftInput, type HistoryEntry, carryForwardsWithoutProgressInARow, currentDueDate, drift } from './drift';

const reviewsHeld = [
  { id: 'r1', heldOn: '2026-01-30' },
  { id: 'r2', heldOn: '2026-04-24' },
  { id: 'r3', heldOn: '2026-07-24' },
  { id: 'r4', heldOn: '2026-10-23' },
];
const heldOn = (id: string) => reviewsHeld.find((r) => r.id === id)!.heldOn;

const cf = (reviewId: string, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  reviewId,
  heldOn: heldOn(reviewId),
  outcome: 'carried_forward',
  newDueDate: null,
  progress: null,
  ...over,
});

const input = (over: Partial<DriftInput>): DriftInput => ({
  status: 'open',
  originalDueDate: '2026-04-01',
  history: [],
  reviewsHeld,
  today: '2026-03-01',
  ...over,
});

const reasons = (i: DriftInput) => drift(i).map((d) => d.reason);

describe('currentDueDate', () => {
  it('is the original until a carry-forward gives a new date, then the latest new date', () => {
    expect(currentDueDate('2026-04-01', [])).toBe('2026-04-01');
    expect(
      currentDueDate('2026-04-01', [cf('r3', { newDueDate: '2026-10-01' }), cf('r2', { newDueDate: '2026-07-01' })]),
    ).toBe('2026-10-01');
    expect(currentDueDate('2026-04-01', [cf('r2', { newDueDate: '2026-07-01' }), cf('r3')])).toBe('2026-07-01');
  });
});

describe('OVERDUE', () => {
  it('is open with the current due date before today', () => {
    expect(reasons(input({ today: '2026-04-02' }))).toEqual(['OVERDUE']);
    expect(drift(input({ today: '2026-04-02' }))[0]?.explanation).toBe(
      'Overdue: it was due by 1 April 2026 and has not been marked achieved or dropped.',
    );
  });

  it('is not overdue on the due date itself', () => {
    expect(reasons(input({ today: '2026-04-01' }))).toEqual([]);
  });

  it('counts from the new due date after a carry-forward', () => {
    const history = [cf('r2', { newDueDate: '2026-07-01', progress: 'Started' })];
    expect(reasons(input({ history, today: '2026-06-30' }))).toEqual([]);
    expect(reasons(input({ history, today: '2026-07-02' }))).toEqual(['OVERDUE']);
  });

  it('never applies to an achieved or dropped recommendation', () => {
    expect(reasons(input({ status: 'achieved', today: '2027-01-01' }))).toEqual([]);
    expect(reasons(input({ status: 'dropped', today: '2027-01-01' }))).toEqual([]);
  });
});

describe('CARRIED_FORWARD_WITHOUT_PROGRESS', () => {
  const dated = (id: string, date: string, progress: string | null = null) => cf(id, { newDueDate: date, progress });

  it('applies after two consecutive carry-forwards with no progress note', () => {
    const history = [dated('r2', '2026-07-01'), dated('r3', '2026-10-01')];
    expect(reasons(input({ history }))).toEqual(['CARRIED_FORWARD_WITHOUT_PROGRESS']);
    expect(drift(input({ history }))[0]?.explanation).toBe(
      'Carried forward at 2 reviews in a row with no progress recorded.',
    );
  });

  it('does not apply after one', () => {
    expect(reasons(input({ history: [dated('r2', '2026-07-01')] }))).toEqual([]);
  });

  it('does not apply when a review in between recorded nothing for it (not consecutive)', () => {
    const history = [dated('r2', '2026-07-01'), dated('r4', '2026-12-01')];
    expect(carryForwardsWithoutProgressInARow(history, reviewsHeld)).toBe(1);
    expect(reasons(input({ history }))).toEqual([]);
  });

  it('does not apply when either carry-forward recorded progress', () => {
    expect(
      reasons(input({ history: [dated('r2', '2026-07-01', 'Referral made'), dated('r3', '2026-10-01')] })),
    ).toEqual([]);
    expect(
      reasons(input({ history: [dated('r2', '2026-07-01'), dated('r3', '2026-10-01', 'Referral made')] })),
    ).toEqual([]);
  });

  it('treats a blank progress note as no progress', () => {
    expect(reasons(input({ history: [dated('r2', '2026-07-01', '  '), dated('r3', '2026-10-01', '')] }))).toEqual([
      'CARRIED_FORWARD_WITHOUT_PROGRESS',
    ]);
  });

  it('counts three in a row', () => {
    const history = [dated('r2', '2026-07-01'), dated('r3', '2026-10-01'), dated('r4', '2027-01-01')];
    expect(carryForwardsWithoutProgressInARow(history, reviewsHeld)).toBe(3);
  });
});

describe('CARRIED_FORWARD_NO_NEW_DATE', () => {
  it('applies when the latest carry-forward gave no new date', () => {
    const found = drift(input({ history: [cf('r2', { progress: 'Some' })] }));
    expect(found.map((d) => d.reason)).toEqual(['CARRIED_FORWARD_NO_NEW_DATE']);
    expect(found[0]?.explanation).toBe(
      'Carried forward at the review on 24 April 2026 without a new due date (it was due by 1 April 2026).',
    );
  });

  it('applies when the new date is not later than the one it replaced', () => {
    expect(reasons(input({ history: [cf('r2', { progress: 'Some', newDueDate: '2026-04-01' })] }))).toEqual([
      'CARRIED_FORWARD_NO_NEW_DATE',
    ]);
    expect(reasons(input({ history: [cf('r2', { progress: 'Some', newDueDate: '2026-03-15' })] }))).toEqual([
      'CARRIED_FORWARD_NO_NEW_DATE',
    ]);
  });

  it('does not apply when the latest carry-forward set a later date', () => {
    expect(reasons(input({ history: [cf('r2', { progress: 'Some', newDueDate: '2026-04-02' })] }))).toEqual([]);
  });

  it('looks only at the latest carry-forward, against the date in force before it', () => {
    const history = [cf('r2', { progress: 'a' }), cf('r3', { progress: 'b', newDueDate: '2026-12-01' })];
    expect(reasons(input({ history }))).toEqual([]);
    const worse = [
      cf('r2', { progress: 'a', newDueDate: '2026-12-01' }),
      cf('r3', { progress: 'b', newDueDate: '2026-11-01' }),
    ];
    expect(reasons(input({ history: worse }))).toEqual(['CARRIED_FORWARD_NO_NEW_DATE']);
  });
});

it('reports every rule that applies, in a fixed order', () => {
  const history = [cf('r2'), cf('r3')];
  expect(reasons(input({ history, today: '2026-11-01' }))).toEqual([
    'OVERDUE',
    'CARRIED_FORWARD_WITHOUT_PROGRESS',
    'CARRIED_FORWARD_NO_NEW_DATE',
  ]);
});
