import { defineCodeList } from './code-list';

export type ReasonEpisodeCeasedCode =
  | 'E11'
  | 'E12'
  | 'E13'
  | 'E14'
  | 'E15'
  | 'E16'
  | 'E17'
  | 'E2'
  | 'E3'
  | 'E4A'
  | 'E4B'
  | 'E41'
  | 'E45'
  | 'E46'
  | 'E47'
  | 'E48'
  | 'E5'
  | 'E6'
  | 'E7'
  | 'E8'
  | 'E9'
  | 'X1';

// VALID rule 149. E43, E44 and E99 appear in PATCH as historic or local codes only, so are not accepted.
const REASON_EPISODE_CEASED = defineCodeList<ReasonEpisodeCeasedCode>({
  E11: 'Adopted, application unopposed',
  E12: 'Adopted, consent dispensed with',
  E13: 'Left care to live with parent(s), relative(s) or others with no parental responsibility',
  E14: 'Accommodation on remand ended',
  E15: 'Age assessment found the child is 18 or over',
  E16: 'Child moved abroad',
  E17: 'Aged 18 or over and stayed with current carers (includes Staying Put)',
  E2: 'Died',
  E3: 'Care taken over by another UK local authority',
  E4A: 'Returned home to parents, relatives or other parental responsibility holder as part of care planning',
  E4B: 'Returned home to parents, relatives or other parental responsibility holder, not part of care planning',
  E41: 'Residence order or child arrangements order (lives-with) granted',
  E45: 'Special guardianship order to former foster carers who are relatives or friends',
  E46: 'Special guardianship order to former foster carers, not relatives or friends',
  E47: 'Special guardianship order to non-foster carers who are relatives or friends',
  E48: 'Special guardianship order to non-foster carers, not relatives or friends',
  E5: 'Independent living with formal support',
  E6: 'Independent living without formal support',
  E7: 'Transferred to adult social care residential care',
  E8: 'Ceased for any other reason',
  E9: 'Sentenced to custody',
  X1: 'Episode ceases and a new episode begins the same day',
});

export const REASON_EPISODE_CEASED_CODES = REASON_EPISODE_CEASED.codes;
export const isReasonEpisodeCeasedCode = REASON_EPISODE_CEASED.is;
export const describeReasonEpisodeCeased = REASON_EPISODE_CEASED.describe;
