import { describe, expect, it } from 'vitest';
import { ownPublishedVersion } from './own-version';
import type { Viewed } from './viewer';

const reader = (audience: 'PROFESSIONAL' | 'PARENT' | 'CARER' | 'YOUNG_PERSON') =>
  ({ viewerCan: { audience } }) as unknown as Viewed;
const outcome = { childLetter: { text: 'letter' }, parentVersion: { text: 'parent' }, carerVersion: null };

describe('ownPublishedVersion', () => {
  it('gives each family member the version written for them', () => {
    expect(ownPublishedVersion(reader('YOUNG_PERSON'), outcome)).toEqual({ text: 'letter' });
    expect(ownPublishedVersion(reader('PARENT'), outcome)).toEqual({ text: 'parent' });
  });

  it('is null when nothing was published for this reader, or nothing at all', () => {
    expect(ownPublishedVersion(reader('CARER'), outcome)).toBeNull();
    expect(ownPublishedVersion(reader('PARENT'), null)).toBeNull();
    // The professionals read every version on the review page; none is "theirs".
    expect(ownPublishedVersion(reader('PROFESSIONAL'), outcome)).toBeNull();
  });
});
