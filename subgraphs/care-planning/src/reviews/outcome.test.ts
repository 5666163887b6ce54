import { describe, expect, it } from 'vitest';
import { outcomeFor } from './outcome.resolver';
import type { ReviewDecision } from './review-decision.entity';
import type { ReviewPublication } from './review-publication.entity';

const decisions = [
  { id: 'd1', reviewId: 'r', position: 0, text: 'Contact stays weekly' },
  { id: 'd2', reviewId: 'r', position: 1, text: 'Carer training on sleep routines' },
] as ReviewDecision[];
const publication = {
  reviewId: 'r',
  childLetter: 'Dear Robin',
  parentSummary: 'For Pat',
  carerSummary: 'For Cara',
  childDecisionIds: ['d1'],
  parentDecisionIds: ['d1'],
  carerDecisionIds: ['d2'],
  publishedAt: new Date('2026-11-24T10:00:00Z'),
} as ReviewPublication;

describe('outcomeFor', () => {
  it('gives each audience its own version and decisions only', () => {
    expect(outcomeFor('self', publication, decisions)).toEqual({
      publishedOn: '2026-11-24',
      childLetter: { text: 'Dear Robin', decisions: [decisions[0]] },
      parentVersion: null,
      carerVersion: null,
    });
    expect(outcomeFor('parent', publication, decisions)).toMatchObject({
      childLetter: null,
      parentVersion: { text: 'For Pat' },
      carerVersion: null,
    });
    expect(outcomeFor('carer', publication, decisions)).toMatchObject({
      childLetter: null,
      parentVersion: null,
      carerVersion: { text: 'For Cara', decisions: [decisions[1]] },
    });
  });

  it('gives the professionals all three and an advocate none', () => {
    for (const who of ['iro', 'social_worker', 'manager', 'guardian'] as const) {
      const o = outcomeFor(who, publication, decisions);
      expect([o?.childLetter?.text, o?.parentVersion?.text, o?.carerVersion?.text]).toEqual([
        'Dear Robin',
        'For Pat',
        'For Cara',
      ]);
    }
    expect(outcomeFor('advocate', publication, decisions)).toBeNull();
  });
});
