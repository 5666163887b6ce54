import { defineCodeList } from './code-list';

export type EthnicityCode =
  | 'WBRI'
  | 'WIRI'
  | 'WOTH'
  | 'WIRT'
  | 'WROM'
  | 'MWBC'
  | 'MWBA'
  | 'MWAS'
  | 'MOTH'
  | 'AIND'
  | 'APKN'
  | 'ABAN'
  | 'AOTH'
  | 'BCRB'
  | 'BAFR'
  | 'BOTH'
  | 'CHNE'
  | 'OOTH'
  | 'REFU'
  | 'NOBT';

// The SSDA903 header's ETHNIC field: the DfE's main ethnicity categories, plus REFU (refused) and NOBT (not yet
// obtained), which the return accepts while the child or family has not said.
const ETHNICITY = defineCodeList<EthnicityCode>({
  WBRI: 'White – English, Welsh, Scottish, Northern Irish or British',
  WIRI: 'White – Irish',
  WOTH: 'White – any other White background',
  WIRT: 'White – Traveller of Irish heritage',
  WROM: 'White – Gypsy or Roma',
  MWBC: 'Mixed – White and Black Caribbean',
  MWBA: 'Mixed – White and Black African',
  MWAS: 'Mixed – White and Asian',
  MOTH: 'Mixed – any other mixed background',
  AIND: 'Asian or Asian British – Indian',
  APKN: 'Asian or Asian British – Pakistani',
  ABAN: 'Asian or Asian British – Bangladeshi',
  AOTH: 'Asian or Asian British – any other Asian background',
  BCRB: 'Black or Black British – Caribbean',
  BAFR: 'Black or Black British – African',
  BOTH: 'Black or Black British – any other Black background',
  CHNE: 'Chinese',
  OOTH: 'Any other ethnic group',
  REFU: 'Refused',
  NOBT: 'Information not yet obtained',
});

export const ETHNICITY_CODES = ETHNICITY.codes;
export const isEthnicityCode = ETHNICITY.is;
export const describeEthnicity = ETHNICITY.describe;
