import { describe, expect, it } from 'vitest';
import { migrationClassName, migrationFileName } from './migration-names';

describe('migration names', () => {
  it('names a new migration by date and slug, its class by slug and a timestamp on that date', () => {
    const on = new Date('2026-11-30T09:15:00Z');
    expect(migrationFileName('Placement plans', on)).toBe('2026-11-30-placement-plans.ts');
    expect(migrationClassName('2026-11-30-placement-plans.ts', on.getTime())).toBe(`PlacementPlans${on.getTime()}`);
  });

  it('refuses a file not named YYYY-MM-DD-slug.ts, a timestamp on another day, or an empty slug', () => {
    expect(() => migrationClassName('1796000000000-PlacementPlans.ts', 1796000000000)).toThrow(/YYYY-MM-DD-slug/);
    expect(() => migrationClassName('2026-11-30-placement-plans.ts', Date.parse('2026-12-01T00:00:00Z'))).toThrow(
      /not on 2026-11-30/,
    );
    expect(() => migrationFileName(' -- ', new Date())).toThrow(/slug/);
  });
});
