import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exposes the rules from one entry point', () => {
    for (const name of [
      'parseIsoDate',
      'addDays',
      'addMonths',
      'compareIsoDates',
      'dayOfWeek',
      'ageOn',
      'isWorkingDay',
      'addWorkingDays',
      'lastWorkingDayOnOrBefore',
      'workingDaysBetween',
      'bankHolidays',
      'nextReviewDue',
      'recordDeadlines',
      'collectionYearOf',
      'isLegalStatusCode',
      'describeLegalStatus',
      'isPlacementTypeCode',
      'participationCodeAllowed',
    ] as const) {
      expect(typeof api[name]).toBe('function');
    }
    expect(api.CALENDAR_VERSION).toMatch(/1991-2050/);
  });

  it('works end to end from plain strings', () => {
    const r = api.nextReviewDue({
      periodOfCareStart: api.parseIsoDate('2025-01-06'),
      reviewsHeld: [],
      today: api.parseIsoDate('2025-01-20'),
    });
    expect(r).toMatchObject({ dueBy: '2025-02-03', kind: 'first', status: 'due_soon' });
  });
});
