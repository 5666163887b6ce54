import { describe, expect, it } from 'vitest';
import { channelState } from './channel';

const opened = { openedBy: 'iro-1', openedOn: '2026-11-02' };

describe('channelState: may the child message their IRO?', () => {
  it('is closed the day before the 12th birthday and open on it', () => {
    expect(channelState('2014-11-24', '2026-11-23', null).open).toBe(false);
    expect(channelState('2014-11-23', '2026-11-23', null).open).toBe(true);
  });

  it('is closed at 11 and says the IRO can open it', () => {
    const state = channelState('2015-06-15', '2026-11-23', null);
    expect(state).toEqual({ open: false, reason: expect.stringMatching(/open at 12.*IRO can open/) });
  });

  it('is open for a younger child once the IRO has opened it, saying when', () => {
    expect(channelState('2019-06-15', '2026-11-23', opened)).toEqual({
      open: true,
      reason: expect.stringContaining('2026-11-02'),
    });
  });

  it('stays open at 12 and over whether or not the IRO opened it', () => {
    expect(channelState('2013-01-01', '2026-11-23', null).open).toBe(true);
    expect(channelState('2013-01-01', '2026-11-23', opened).open).toBe(true);
  });
});
