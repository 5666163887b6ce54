import { describe, expect, it } from 'vitest';
import { describeLegalStatus, isLegalStatusCode, LEGAL_STATUS_CODES } from './legal-status';
import {
  describeReasonEpisodeCeased,
  isReasonEpisodeCeasedCode,
  REASON_EPISODE_CEASED_CODES,
} from './reason-episode-ceased';
import { describeReasonNewEpisode, isReasonNewEpisodeCode, REASON_NEW_EPISODE_CODES } from './reason-new-episode';

describe('legal status', () => {
  it('has exactly the 13 valid codes', () => {
    expect([...LEGAL_STATUS_CODES].sort()).toEqual([
      'C1',
      'C2',
      'D1',
      'E1',
      'J1',
      'J2',
      'J3',
      'L1',
      'L2',
      'L3',
      'V2',
      'V3',
      'V4',
    ]);
  });

  it('matches exactly and describes', () => {
    expect(isLegalStatusCode('C2')).toBe(true);
    expect(isLegalStatusCode('c2')).toBe(false);
    expect(isLegalStatusCode('V1')).toBe(false);
    expect(isLegalStatusCode('toString')).toBe(false);
    expect(isLegalStatusCode(undefined)).toBe(false);
    expect(describeLegalStatus('C1')).toBe('Interim care order');
    expect(describeLegalStatus('V2')).toMatch(/s\.20/);
    expect(describeLegalStatus('XX')).toBeUndefined();
  });
});

describe('reason for new episode', () => {
  it('has S L P T B U', () => {
    expect([...REASON_NEW_EPISODE_CODES].sort()).toEqual(['B', 'L', 'P', 'S', 'T', 'U']);
    expect(isReasonNewEpisodeCode('S')).toBe(true);
    expect(isReasonNewEpisodeCode('X')).toBe(false);
    expect(describeReasonNewEpisode('S')).toBe('Started to be looked after');
  });
});

describe('reason episode ceased', () => {
  it('has the 22 codes of VALID rule 149 and not the historic ones', () => {
    expect(REASON_EPISODE_CEASED_CODES).toHaveLength(22);
    for (const c of ['E11', 'E4A', 'E4B', 'E41', 'E48', 'E9', 'X1']) expect(isReasonEpisodeCeasedCode(c)).toBe(true);
    for (const c of ['E43', 'E44', 'E99', 'E4', 'e11']) expect(isReasonEpisodeCeasedCode(c)).toBe(false);
    expect(describeReasonEpisodeCeased('E2')).toBe('Died');
  });
});
