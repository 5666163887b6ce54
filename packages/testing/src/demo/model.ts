import type { Role } from '@lac/access';
import { demoUuid } from './random';

/* The demo local authority's shape and its sign-in accounts; authority.ts builds the data. */

/** The one password every demo account has. Demo data only: never use it anywhere real. */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_LOCAL_AUTHORITY = {
  id: demoUuid('local-authority', 'ASH'),
  code: 'ASH',
  name: 'Ashbury Borough Council',
} as const;

export interface DemoLocalAuthority {
  id: string;
  code: string;
  name: string;
}

export interface DemoPerson {
  id: string;
  displayName: string;
  role: Role;
  localAuthorityId: string | null;
  /** Fictional work contacts (example domain, Ofcom drama numbers), where a family is told them: the IROs'. */
  workEmail?: string;
  workPhone?: string;
}

export interface DemoPeriodOfCare {
  startDate: string;
  endDate: string | null;
}

export interface DemoLegalStatus {
  /** SSDA903 legal status code. */
  code: string;
  startDate: string;
  endDate: string | null;
}

export interface DemoAllocation {
  role: 'iro' | 'social_worker';
  personId: string;
  from: string;
}

export interface DemoParent {
  personId: string;
  hasParentalResponsibility: boolean;
}

export interface DemoAddress {
  line1: string;
  line2: string | null;
  town: string;
  postcode: string;
}

export interface DemoPlacement {
  /** SSDA903 placement type, valid on startDate. */
  placementType: string;
  startDate: string;
  /** The foster carer; null for a children's home (K2). */
  carerPersonId: string | null;
  address: DemoAddress;
}

export interface DemoChild {
  id: string;
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  /** The young person's own account, when they have one. */
  personId: string | null;
  /** Oldest first; only the last can be open. */
  periodsOfCare: DemoPeriodOfCare[];
  /** Oldest first; each ends the day the next starts, the last is open. */
  legalStatuses: DemoLegalStatus[];
  /** Dates reviews were held, oldest first, across all periods of care. */
  reviews: string[];
  allocations: DemoAllocation[];
  parents: DemoParent[];
  placement: DemoPlacement;
}

export type DemoUsername =
  | 'iro'
  | 'iro-manager'
  | 'social-worker'
  | 'advocate'
  | 'guardian'
  | 'parent'
  | 'foster-carer'
  | 'foster-carer-2'
  | 'young-person';

export interface DemoAccount {
  username: DemoUsername;
  personId: string;
  role: Role;
  /** One line for the README and the launcher's banner. */
  description: string;
}

/** The demo sign-ins in general terms, for the README (demoAuthority(today).accounts names the people). */
export const DEMO_ACCOUNTS: ReadonlyArray<{ username: DemoUsername; role: Role; description: string }> = [
  {
    username: 'iro',
    role: 'iro',
    description:
      'An IRO with 50 children: reviews overdue, due soon and on track; care-plan flags, drifting recommendations, overdue review records',
  },
  { username: 'iro-manager', role: 'iro_manager', description: 'An IRO manager: every child in the local authority' },
  {
    username: 'social-worker',
    role: 'social_worker',
    description: 'A social worker allocated to 34 children, some with care plans they saved',
  },
  { username: 'advocate', role: 'advocate', description: 'An advocate, with no children yet (advocacy comes later)' },
  {
    username: 'guardian',
    role: 'guardian',
    description: "A children's guardian, with no children yet (proceedings come later)",
  },
  {
    username: 'parent',
    role: 'parent',
    description:
      "A parent with parental responsibility for one child in foster care: the parent version of the last review, views to send for the next; the carer's address is withheld",
  },
  {
    username: 'foster-carer',
    role: 'foster_carer',
    description:
      'A foster carer with two children placed with them now: the carer version of their last reviews, views to send for the next',
  },
  {
    username: 'foster-carer-2',
    role: 'foster_carer',
    description: "The second foster carer of the demo carer's household: the same children, as the household's carer",
  },
  {
    username: 'young-person',
    role: 'young_person',
    description:
      'A young person aged 12 to 17 who sees their own record, their review letter and their next review, and messages their IRO',
  },
];

export interface DemoAuthority {
  today: string;
  localAuthority: DemoLocalAuthority;
  people: DemoPerson[];
  children: DemoChild[];
  accounts: DemoAccount[];
}
