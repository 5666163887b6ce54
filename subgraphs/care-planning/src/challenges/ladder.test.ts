import { describe, expect, it } from 'vitest';
import {
  ALERT_WORKING_DAYS,
  DEFAULT_CHALLENGE_STAGES,
  challengeLadder,
  findStep,
  responseDue,
  responseOverdue,
  stepAfter,
} from './ladder';

describe('challengeLadder', () => {
  it('is informal, alert, then the default formal stages when the local authority has set none', () => {
    expect(challengeLadder([]).map((s) => [s.level, s.ordinal, s.name, s.workingDays])).toEqual([
      ['informal', null, 'Informal conversation', null],
      ['alert', null, 'IRO alert', 10],
      ['formal', 1, 'Team manager', 5],
      ['formal', 2, 'Head of service', 10],
      ['formal', 3, "Director of children's services", 10],
    ]);
    expect(ALERT_WORKING_DAYS).toBe(10);
    expect(DEFAULT_CHALLENGE_STAGES).toHaveLength(3);
  });

  it('uses the local authority’s own stages, in ordinal order, instead of the default', () => {
    const ladder = challengeLadder([
      { ordinal: 2, name: 'Assistant director', workingDays: 15 },
      { ordinal: 1, name: 'Service manager', workingDays: 7 },
    ]);
    expect(ladder.filter((s) => s.level === 'formal').map((s) => s.name)).toEqual([
      'Service manager',
      'Assistant director',
    ]);
    expect(ladder.some((s) => s.name === 'Team manager')).toBe(false);
  });
});

describe('stepAfter: escalation', () => {
  const ladder = challengeLadder([]);
  it('goes informal → alert → stage 1 → stage 2 → stage 3', () => {
    expect(stepAfter(ladder, 'informal', null)?.level).toBe('alert');
    expect(stepAfter(ladder, 'alert', null)).toMatchObject({ level: 'formal', ordinal: 1 });
    expect(stepAfter(ladder, 'formal', 1)).toMatchObject({ ordinal: 2, name: 'Head of service' });
    expect(stepAfter(ladder, 'formal', 2)).toMatchObject({ ordinal: 3 });
  });

  it('has nowhere to go from the last formal stage (only Cafcass remains)', () => {
    expect(stepAfter(ladder, 'formal', 3)).toBeNull();
  });

  it('finds a step by level and stage', () => {
    expect(findStep(ladder, 'formal', 2)?.name).toBe('Head of service');
    expect(findStep(ladder, 'formal', 9)).toBeNull();
    expect(findStep(ladder, 'alert', null)?.workingDays).toBe(10);
  });
});

describe('responseDue: working-day timers', () => {
  it('has no timer for an informal conversation', () => {
    expect(
      responseDue({ level: 'informal', name: 'Informal conversation', workingDays: null }, '2026-11-23'),
    ).toBeNull();
  });

  it('counts the alert’s 10 working days across Christmas and the Boxing Day substitute', () => {
    // From Fri 18 Dec 2026: 21, 22, 23, 24 Dec; 25 Dec and Mon 28 Dec (substitute) are bank holidays; 29, 30, 31 Dec;
    // 1 Jan 2027 is a holiday; 4, 5, 6 Jan → the 10th working day is Wed 6 Jan 2027.
    const due = responseDue({ level: 'alert', name: 'IRO alert', workingDays: 10 }, '2026-12-18');
    expect(due?.dueBy).toBe('2027-01-06');
    expect(due?.basis).toMatchObject({
      rule: 'Local authority dispute resolution: the person alerted (IRO alert) responds within 10 working days',
      from: '2026-12-18',
      calendarVersion: expect.stringContaining('england-bank-holidays'),
    });
  });

  it('counts a formal stage over Easter 2026 (Good Friday 3 April, Easter Monday 6 April)', () => {
    // From Wed 1 April: Thu 2, then Tue 7, Wed 8, Thu 9, Fri 10 → 5th working day is Fri 10 April.
    const due = responseDue({ level: 'formal', name: 'Team manager', workingDays: 5 }, '2026-04-01');
    expect(due?.dueBy).toBe('2026-04-10');
    expect(due?.basis.rule).toBe('Local authority dispute resolution: Team manager responds within 5 working days');
  });
});

describe('responseOverdue', () => {
  const due = responseDue({ level: 'formal', name: 'Team manager', workingDays: 5 }, '2026-04-01');
  it('is overdue only after the due date, while open and unanswered', () => {
    expect(responseOverdue({ status: 'open', respondedOn: null }, due, '2026-04-10')).toBe(false);
    expect(responseOverdue({ status: 'open', respondedOn: null }, due, '2026-04-13')).toBe(true);
    expect(responseOverdue({ status: 'open', respondedOn: '2026-04-12' }, due, '2026-04-13')).toBe(false);
    expect(responseOverdue({ status: 'resolved', respondedOn: null }, due, '2026-04-13')).toBe(false);
    expect(responseOverdue({ status: 'open', respondedOn: null }, null, '2030-01-01')).toBe(false);
  });
});
