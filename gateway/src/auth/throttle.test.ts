import { describe, expect, it } from 'vitest';
import { FailureThrottle } from './throttle';

describe('FailureThrottle', () => {
  it('blocks at the limit and forgets failures older than the window', () => {
    let now = 0;
    const throttle = new FailureThrottle(3, 1000, () => now);
    for (let i = 0; i < 3; i += 1) throttle.recordFailure('k');
    expect(throttle.isBlocked('k')).toBe(true);
    expect(throttle.isBlocked('other')).toBe(false);
    now = 999;
    expect(throttle.isBlocked('k')).toBe(true);
    now = 1001;
    expect(throttle.isBlocked('k')).toBe(false);
  });

  it('clears a key after a successful sign-in', () => {
    const throttle = new FailureThrottle(2, 1000, () => 0);
    throttle.recordFailure('k');
    throttle.recordFailure('k');
    throttle.clear('k');
    expect(throttle.isBlocked('k')).toBe(false);
  });
});
