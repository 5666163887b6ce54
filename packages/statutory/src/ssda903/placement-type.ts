import type { IsoDate } from '../iso-date';
import { defineCodeList } from './code-list';
import {
  collectionYearOf,
  collectionYearStartYear,
  collectionYearStarting,
  type CollectionYear,
} from './collection-year';

export type PlacementTypeCode =
  | 'A3'
  | 'A4'
  | 'A5'
  | 'A6'
  | 'H5'
  | 'K1'
  | 'K2'
  | 'K3'
  | 'P1'
  | 'P2'
  | 'P3'
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R5'
  | 'S1'
  | 'T0'
  | 'T1'
  | 'T2'
  | 'T3'
  | 'T4'
  | 'U1'
  | 'U2'
  | 'U3'
  | 'U4'
  | 'U5'
  | 'U6'
  | 'Z1'
  | 'Z11'
  | 'Z12'
  | 'Z13'
  | 'Z14';

const Z_UNCONFIRMED = 'New in 2025-26; description not yet confirmed from the DfE 2025-26 guide';

// Every code ever known to us; which are valid depends on the collection year (below).
const PLACEMENT_TYPE = defineCodeList<PlacementTypeCode>({
  A3: 'Placed for adoption with consent with current foster carer(s) (ACA 2002 s.19), or freeing order with consent',
  A4: 'Placed for adoption with consent, not with current foster carer(s)',
  A5: 'Placed for adoption with placement order with current foster carer(s) (ACA 2002 s.21), or freeing order with consent dispensed with',
  A6: 'Placed for adoption with placement order, not with current foster carer(s)',
  H5: "Semi-independent living not subject to Children's Homes Regulations",
  K1: "Secure children's home",
  K2: "Children's home subject to Children's Homes Regulations",
  K3: 'Registered supported accommodation',
  P1: 'Placed with own parent(s) or other person with parental responsibility',
  P2: 'Independent living (flat, lodgings, bedsit, B&B, with friends)',
  P3: 'Residential employment',
  R1: 'Residential care home',
  R2: 'NHS/health trust or other medical/nursing establishment',
  R3: 'Family centre or mother-and-baby unit',
  R5: 'Young offender institution (or prison)',
  S1: "Residential school (except where dual-registered as a children's home)",
  T0: 'All types of temporary move',
  T1: 'Temporary periods in hospital',
  T2: 'Temporary absence of the child on holiday',
  T3: 'Temporary accommodation while the normal foster carer is on holiday',
  T4: 'Temporary accommodation of 7 days or less for any other reason',
  U1: 'Foster placement with relative or friend, long-term fostering',
  U2: 'Foster placement with relative or friend who is also an approved adopter (fostering for adoption / concurrent planning)',
  U3: 'Foster placement with relative or friend, neither long-term nor fostering for adoption',
  U4: 'Foster placement with other foster carer, long-term fostering',
  U5: 'Foster placement with other foster carer who is also an approved adopter (fostering for adoption / concurrent planning)',
  U6: 'Foster placement with other foster carer, neither long-term nor fostering for adoption',
  Z1: 'Other placements, which must be listed on a schedule sent to DfE',
  Z11: Z_UNCONFIRMED,
  Z12: Z_UNCONFIRMED,
  Z13: Z_UNCONFIRMED,
  Z14: Z_UNCONFIRMED,
});

const LIST_2022_23: readonly PlacementTypeCode[] = [
  'A3',
  'A4',
  'A5',
  'A6',
  'H5',
  'K1',
  'K2',
  'P1',
  'P2',
  'P3',
  'R1',
  'R2',
  'R3',
  'R5',
  'S1',
  'T0',
  'T1',
  'T2',
  'T3',
  'T4',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
  'Z1',
];
// VALID's 2024-25 rule 146 spells this 'k3'; that is a defect there, the return uses 'K3'.
const LIST_2024_25: readonly PlacementTypeCode[] = [...LIST_2022_23, 'K3'];
const DROPPED_2025_26: readonly PlacementTypeCode[] = ['H5', 'P2', 'Z1'];
const LIST_2025_26: readonly PlacementTypeCode[] = [
  ...LIST_2024_25.filter((c) => !DROPPED_2025_26.includes(c)),
  'Z11',
  'Z12',
  'Z13',
  'Z14',
];

/** Start year of each collection year whose list changed; a list stays in force until the next change. */
const LISTS_FROM: readonly (readonly [startYear: number, codes: ReadonlySet<PlacementTypeCode>])[] = [
  [2025, new Set(LIST_2025_26)],
  [2024, new Set(LIST_2024_25)],
  [2022, new Set(LIST_2022_23)],
];
const EARLIEST_START_YEAR = 2022;

/**
 * Earlier years are not verified here (A1/A2 and others were valid once), so asking about them throws rather
 * than answering from the wrong list. Later years keep the newest list until DfE publishes a change.
 */
export class CodeListCoverageError extends Error {
  constructor(readonly collectionYear: CollectionYear) {
    super(
      `Placement type codes are known from ${collectionYearStarting(EARLIEST_START_YEAR)} onwards; ` +
        `no list for ${collectionYear}`,
    );
    this.name = 'CodeListCoverageError';
  }
}

function listFor(year: CollectionYear): ReadonlySet<PlacementTypeCode> {
  const start = collectionYearStartYear(year);
  const found = LISTS_FROM.find(([from]) => start >= from);
  if (!found) throw new CodeListCoverageError(year);
  return found[1];
}

/** All placement type codes known, whatever the year. */
export const PLACEMENT_TYPE_CODES = PLACEMENT_TYPE.codes;
export const describePlacementType = PLACEMENT_TYPE.describe;

/** The valid placement types in a collection year, in a stable order. */
export function placementTypeCodesFor(year: CollectionYear): readonly PlacementTypeCode[] {
  const list = listFor(year);
  return PLACEMENT_TYPE_CODES.filter((c) => list.has(c));
}

/** Valid in the collection year containing onDate. */
export function isPlacementTypeCode(code: unknown, onDate: IsoDate): code is PlacementTypeCode {
  return PLACEMENT_TYPE.is(code) && listFor(collectionYearOf(onDate)).has(code);
}
