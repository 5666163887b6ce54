import { defineCodeList } from './code-list';

export type ReasonNewEpisodeCode = 'S' | 'L' | 'P' | 'T' | 'B' | 'U';

// VALID rule 143. 'S' starts a period of care, which is what restarts the reg 33 review cycle.
const REASON_NEW_EPISODE = defineCodeList<ReasonNewEpisodeCode>({
  S: 'Started to be looked after',
  L: 'Change of legal status only',
  P: 'Change of placement and carer(s) only',
  T: 'Change of placement, same carer(s), only',
  B: 'Change of legal status and placement and carer(s) at the same time',
  U: 'Change of legal status and change of placement, same carer(s), at the same time',
});

export const REASON_NEW_EPISODE_CODES = REASON_NEW_EPISODE.codes;
export const isReasonNewEpisodeCode = REASON_NEW_EPISODE.is;
export const describeReasonNewEpisode = REASON_NEW_EPISODE.describe;
