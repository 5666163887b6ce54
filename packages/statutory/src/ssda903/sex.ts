import { defineCodeList } from './code-list';

export type SexCode = '1' | '2';

// The SSDA903 header's SEX field: 1 male, 2 female (the return has no other value).
const SEX = defineCodeList<SexCode>({
  '1': 'Male',
  '2': 'Female',
});

export const SEX_CODES = SEX.codes;
export const isSexCode = SEX.is;
export const describeSex = SEX.describe;
