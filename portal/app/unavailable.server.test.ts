import { describe, expect, it } from 'vitest';
import { unavailableAt } from './unavailable.server';

const error = (path?: Array<string | number>) => ({ message: 'x', path, extensions: { code: 'SUBGRAPH_UNAVAILABLE' } });

describe('unavailableAt', () => {
  it('is true for an error at the path or under it', () => {
    expect(unavailableAt([error(['child', 'currentPlacement'])], ['child', 'currentPlacement'])).toBe(true);
    expect(unavailableAt([error(['child', 'upcomingContactSessions', 2, 'venueType'])], ['child'])).toBe(true);
  });

  it('is true for an error without a path: it could be about anything', () => {
    expect(unavailableAt([error()], ['child', 'currentPlacement'])).toBe(true);
  });

  it('is false for an error elsewhere, and for no error', () => {
    expect(unavailableAt([error(['child', 'iro'])], ['child', 'currentPlacement'])).toBe(false);
    expect(unavailableAt([error(['child'])], ['child', 'currentPlacement'])).toBe(false);
    expect(unavailableAt([], ['child'])).toBe(false);
  });
});
