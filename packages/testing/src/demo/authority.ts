import type { Role } from '@lac/access';
import { parseIsoDate } from '@lac/statutory';
import {
  DEMO_LOCAL_AUTHORITY,
  type DemoAccount,
  type DemoAddress,
  type DemoAllocation,
  type DemoAuthority,
  type DemoChild,
  type DemoLegalStatus,
  type DemoParent,
  type DemoPeriodOfCare,
  type DemoPerson,
  type DemoPlacement,
} from './model';
import {
  type ReviewCategory,
  days,
  earlierReviews,
  legalHistory,
  maxDate,
  minDate,
  plusDays,
  plusWorkingDays,
  reviewHistory,
} from './histories';
import { ADULT_GIVEN_NAMES, CHILDRENS_HOMES, FAMILY_NAMES, GIVEN_NAMES, STREETS, TOWNS } from './names';
import { Random, demoUuid } from './random';
import { demoChildrenFromEnv, demoSize } from './size';

/** The bank-holiday calendar (and so every working-day count) starts in 2020. */
const REVIEW_CLOCK_FLOOR = '2020-01-06';
/** Placement type code lists are known from the 2022-23 collection year. */
const PLACEMENT_CODE_FLOOR = '2022-04-01';
const YEAR = 365.25;

type HouseholdKind = 'connected' | 'other';

interface Household {
  index: number;
  carerId: string;
  kind: HouseholdKind;
  address: DemoAddress;
  children: number[];
}

function fullName(rng: Random, given: readonly string[] = ADULT_GIVEN_NAMES): string {
  return `${rng.pick(given)} ${rng.pick(FAMILY_NAMES)}`;
}

function postcode(rng: Random): string {
  const letters = 'ABDEFGHJLNPQRSTUWXY';
  return `ZZ${rng.int(1, 9)} ${rng.int(1, 9)}${rng.pick([...letters])}${rng.pick([...letters])}`;
}

/**
 * The demo local authority, Ashbury Borough Council: about 300 children looked after, their IROs, social
 * workers, carers and parents, and one sign-in account per role. Pure and deterministic: the same `today` always
 * gives the same data, and names, ids and who-is-linked-to-whom do not depend on `today` at all (dates are
 * counted back from it). Every date is on or before `today`. `today` must fall in 2022-04..2030 (the statutory
 * calendars' coverage). `childCount` (default `DEMO_CHILDREN`, else 300) grows the authority for the benchmark
 * (size.ts): the first 300 children's staff, and the demo accounts' caseload sizes, stay as they are.
 */
export function demoAuthority(today: string, childCount: number = demoChildrenFromEnv()): DemoAuthority {
  parseIsoDate(today);
  const size = demoSize(childCount);
  const IRO_CASELOADS = size.iroCaseloads;
  const SOCIAL_WORKER_CASELOADS = size.socialWorkerCaseloads;
  const la = { ...DEMO_LOCAL_AUTHORITY };
  const people: DemoPerson[] = [];
  const person = (
    kind: string,
    n: number,
    role: Role,
    displayName: string,
    localAuthorityId: string | null = la.id,
  ) => {
    const p: DemoPerson = { id: demoUuid('person', `${kind}:${n}`), displayName, role, localAuthorityId };
    people.push(p);
    return p;
  };

  // Staff.
  const staffNames = new Random('demo:staff');
  const iroWithContacts = (i: number, names: Random) => {
    const iro = person('iro', i, 'iro', fullName(names));
    iro.workEmail = `${iro.displayName
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]+/g, '.')}${i >= 6 ? `.${i}` : ''}@ashbury.example`; // a large authority's IROs share names
    iro.workPhone = `01632 960${String(100 + i).padStart(3, '0')}`;
    return iro;
  };
  const iros = IRO_CASELOADS.slice(0, 6).map((_, i) => iroWithContacts(i, staffNames));
  const manager = person('iro-manager', 0, 'iro_manager', fullName(staffNames));
  const socialWorkers = SOCIAL_WORKER_CASELOADS.slice(0, 10).map((_, i) =>
    person('social-worker', i, 'social_worker', fullName(staffNames)),
  );
  const advocate = person('advocate', 0, 'advocate', fullName(staffNames), null);
  const guardian = person('guardian', 0, 'guardian', fullName(staffNames), null);
  // A larger authority's further staff, from their own stream so today's staff keep their names at every size.
  const moreStaffNames = new Random('demo:staff:more');
  for (let i = 6; i < IRO_CASELOADS.length; i++) iros.push(iroWithContacts(i, moreStaffNames));
  for (let i = 10; i < SOCIAL_WORKER_CASELOADS.length; i++)
    socialWorkers.push(person('social-worker', i, 'social_worker', fullName(moreStaffNames)));

  // Who each child is, independent of today.
  const base = Array.from({ length: size.children }, (_, i) => {
    const rng = new Random(`demo:child:${i}`);
    const years = rng.weighted<[number, number]>([
      [[0, 0], 5],
      [[1, 4], 13],
      [[5, 9], 18],
      [[10, 15], 38],
      [[16, 17], 26],
    ]);
    const ageDays = rng.int(Math.max(7, Math.round(years[0] * YEAR)), Math.round((years[1] + 1) * YEAR) - 2);
    return { index: i, rng, ageDays, givenName: rng.pick(GIVEN_NAMES), familyName: rng.pick(FAMILY_NAMES) };
  });
  const ageYears = (i: number) => Math.floor(base[i].ageDays / YEAR);

  const structure = new Random('demo:structure');
  const order = structure.shuffle(base.map((b) => b.index));
  const homes = new Set(order.filter((i) => ageYears(i) >= 11).slice(0, size.childrensHomeCount));
  const fostered = order.filter((i) => !homes.has(i));

  // Foster households of one to three children; the first (two children) is the demo carer's.
  const households: Household[] = [];
  const carerNames = new Random('demo:carers');
  for (let at = 0; at < fostered.length;) {
    const index = households.length;
    const size =
      index === 0
        ? 2
        : structure.weighted([
            [1, 40],
            [2, 40],
            [3, 20],
          ] as const);
    const children = fostered.slice(at, at + size);
    at += size;
    const carer = person('foster-carer', index, 'foster_carer', fullName(carerNames));
    households.push({
      index,
      carerId: carer.id,
      kind: index !== 0 && structure.chance(0.2) ? 'connected' : 'other',
      address: {
        line1: `${carerNames.int(1, 120)} ${carerNames.pick(STREETS)}`,
        line2: null,
        town: carerNames.pick(TOWNS),
        postcode: postcode(carerNames),
      },
      children,
    });
  }
  // The demo carer's household has two carer accounts (docs/decisions/0023-households.md); its own random stream,
  // so every other name stays as it was.
  const secondCarer = person('foster-carer-second', 0, 'foster_carer', fullName(new Random('demo:second-carer')));
  const householdOf = new Map<number, Household>();
  for (const h of households) for (const c of h.children) householdOf.set(c, h);

  const carerChildren = households[0].children;
  const parentChild = fostered.find((i) => !carerChildren.includes(i) && ageYears(i) >= 4 && ageYears(i) <= 11)!;
  const youngPersonChild = fostered.find(
    (i) => !carerChildren.includes(i) && i !== parentChild && ageYears(i) >= 13 && ageYears(i) <= 16,
  )!;
  const special = [...carerChildren, parentChild, youngPersonChild];
  const newPeriod = new Set(
    order.filter((i) => !special.includes(i) && ageYears(i) >= 4).slice(0, size.newPeriodCount),
  );

  // The demo IRO and social worker have every child the other demo accounts are linked to.
  const assign = (caseloads: number[], staff: DemoPerson[], label: string) => {
    const rest = new Random(label).shuffle(base.map((b) => b.index).filter((i) => !special.includes(i)));
    const queue = [...special, ...rest];
    const byChild = new Map<number, DemoPerson>();
    let at = 0;
    caseloads.forEach((size, s) => {
      for (const c of queue.slice(at, at + size)) byChild.set(c, staff[s]);
      at += size;
    });
    return byChild;
  };
  const iroOf = assign(IRO_CASELOADS, iros, 'demo:iro-allocation');
  const socialWorkerOf = assign(SOCIAL_WORKER_CASELOADS, socialWorkers, 'demo:sw-allocation');

  const youngPerson = person(
    'young-person',
    0,
    'young_person',
    `${base[youngPersonChild].givenName} ${base[youngPersonChild].familyName}`,
    la.id,
  );

  let homeNumber = 0;
  let parentNumber = 0;
  let demoParentId = '';
  const children: DemoChild[] = base.map((b) => {
    const { rng, index } = b;
    // Parents: one or two, most with parental responsibility.
    const parents: DemoParent[] = [];
    const parentCount = rng.chance(0.6) ? 2 : 1;
    for (let p = 0; p < parentCount; p++) {
      const familyName = p === 0 && rng.chance(0.7) ? b.familyName : rng.pick(FAMILY_NAMES);
      const record = person('parent', parentNumber++, 'parent', `${rng.pick(ADULT_GIVEN_NAMES)} ${familyName}`, null);
      const pr = index === parentChild && p === 0 ? true : rng.chance(p === 0 ? 0.92 : 0.65);
      parents.push({ personId: record.id, hasParentalResponsibility: pr });
      if (index === parentChild && p === 0) demoParentId = record.id;
    }

    const dateOfBirth = plusDays(today, -b.ageDays);
    const clockFloor = maxDate(REVIEW_CLOCK_FLOOR, plusDays(dateOfBirth, 1));
    const room = Math.max(0, days(clockFloor, today));
    const periodsOfCare: DemoPeriodOfCare[] = [];
    const legalStatuses: DemoLegalStatus[] = [];
    const reviews: string[] = [];

    let start: string;
    if (newPeriod.has(index) && room > 500) {
      start = plusDays(today, -rng.int(30, 500));
      const endedOn = plusDays(start, -rng.int(60, 300));
      const startedOn = maxDate(clockFloor, plusDays(endedOn, -rng.int(90, 600)));
      if (days(startedOn, endedOn) >= 30) {
        periodsOfCare.push({ startDate: startedOn, endDate: endedOn });
        legalStatuses.push({ code: 'V2', startDate: startedOn, endDate: endedOn });
        reviews.push(...earlierReviews(startedOn, endedOn));
      }
    } else {
      const back = Math.floor(Math.min(room, 6 * 365) * rng.float() ** 1.25);
      start = plusDays(today, -back);
    }
    periodsOfCare.push({ startDate: start, endDate: null });
    legalStatuses.push(...legalHistory(rng, start, today, ageYears(index)));
    const category = rng.weighted<ReviewCategory>([
      ['overdue', 10],
      ['due_soon', 10],
      ['on_track', 80],
    ]);
    reviews.push(...reviewHistory(rng, start, today, category));

    const allocations: DemoAllocation[] = [
      { role: 'iro', personId: iroOf.get(index)!.id, from: minDate(today, plusWorkingDays(start, rng.int(1, 5))) },
      { role: 'social_worker', personId: socialWorkerOf.get(index)!.id, from: start },
    ];

    const household = householdOf.get(index);
    const inCareDays = days(start, today);
    let placementStart = rng.chance(0.55) ? start : plusDays(start, rng.int(0, inCareDays));
    const earliest = maxDate(start, PLACEMENT_CODE_FLOOR);
    if (placementStart < earliest)
      placementStart = plusDays(earliest, rng.int(0, Math.min(400, days(earliest, today))));
    let placement: DemoPlacement;
    if (!household) {
      const home = CHILDRENS_HOMES[homeNumber++ % CHILDRENS_HOMES.length];
      placement = { placementType: 'K2', startDate: placementStart, carerPersonId: null, address: { ...home } };
    } else {
      const longTerm = days(placementStart, today) > 365 && rng.chance(0.6);
      const placementType = household.kind === 'connected' ? (longTerm ? 'U1' : 'U3') : longTerm ? 'U4' : 'U6';
      placement = {
        placementType,
        startDate: placementStart,
        carerPersonId: household.carerId,
        address: { ...household.address },
      };
    }

    return {
      id: demoUuid('child', index),
      givenName: b.givenName,
      familyName: b.familyName,
      dateOfBirth,
      personId: index === youngPersonChild ? youngPerson.id : null,
      periodsOfCare,
      legalStatuses,
      reviews,
      allocations,
      parents,
      placement,
    };
  });

  const iroCaseload = IRO_CASELOADS[0];
  const swCaseload = SOCIAL_WORKER_CASELOADS[0];
  const accounts: DemoAccount[] = [
    {
      username: 'iro',
      personId: iros[0].id,
      role: 'iro',
      description: `IRO ${iros[0].displayName}, with ${iroCaseload} children on their caseload`,
    },
    {
      username: 'iro-manager',
      personId: manager.id,
      role: 'iro_manager',
      description: `IRO manager ${manager.displayName}: every child in ${la.name}`,
    },
    {
      username: 'social-worker',
      personId: socialWorkers[0].id,
      role: 'social_worker',
      description: `Social worker ${socialWorkers[0].displayName}, allocated to ${swCaseload} children`,
    },
    {
      username: 'advocate',
      personId: advocate.id,
      role: 'advocate',
      description: `Advocate ${advocate.displayName} (no children yet: advocacy comes later)`,
    },
    {
      username: 'guardian',
      personId: guardian.id,
      role: 'guardian',
      description: `Children's guardian ${guardian.displayName} (no children yet: proceedings come later)`,
    },
    {
      username: 'parent',
      personId: demoParentId,
      role: 'parent',
      description: `Parent with parental responsibility for ${base[parentChild].givenName}, in foster care (the carer's address is withheld)`,
    },
    {
      username: 'foster-carer',
      personId: households[0].carerId,
      role: 'foster_carer',
      description: `Foster carer with ${carerChildren.map((c) => base[c].givenName).join(' and ')} placed with them`,
    },
    {
      username: 'foster-carer-2',
      personId: secondCarer.id,
      role: 'foster_carer',
      description: `${secondCarer.displayName}, the second foster carer of the same household`,
    },
    {
      username: 'young-person',
      personId: youngPerson.id,
      role: 'young_person',
      description: `${youngPerson.displayName}, aged ${ageYears(youngPersonChild)}, who sees their own record`,
    },
  ];

  return { today, localAuthority: la, people, children, accounts };
}
