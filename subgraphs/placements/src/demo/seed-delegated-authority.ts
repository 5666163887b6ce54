import type { DemoAuthority, DemoChild } from '@lac/testing';
import { type DataSource, IsNull } from 'typeorm';
import { DecisionArea, DecisionHolder } from '../delegated-authority/areas';
import { requestChange } from '../delegated-authority/change-requests';
import type { Entry } from '../delegated-authority/entry';
import { responsibilityUnder } from '../delegated-authority/legal-status-rules';
import { Matrix } from '../delegated-authority/matrix.entity';
import { saveMatrix } from '../delegated-authority/save-matrix';
import { Placement } from '../placements/placement.entity';

export interface DelegatedAuthoritySeedResult {
  matrices: number;
  pendingRequests: number;
}

/** Under s.20 the parents agreed the everyday decisions at placement planning (DOMAIN.md §4); the rest stay theirs. */
const AGREED_UNDER_SECTION_20: DecisionArea[] = [
  DecisionArea.HAIRCUTS,
  DecisionArea.SCHOOL_TRIPS,
  DecisionArea.LEISURE_AND_HOME_LIFE,
  DecisionArea.MEDICAL_AND_DENTAL,
];

function agreedRows(child: DemoChild, legalStatus: string): Entry[] {
  if (responsibilityUnder(legalStatus) === 'shared_with_local_authority') {
    return [
      {
        area: DecisionArea.SLEEPOVERS,
        holder: DecisionHolder.SOCIAL_WORKER,
        conditions: null,
        tellWho: 'The carer',
        reasonNotDelegated: 'Until the first review, while the placement settles.',
        parentAgreedOn: null,
      },
    ];
  }
  return AGREED_UNDER_SECTION_20.map((area) => ({
    area,
    holder: DecisionHolder.CARER,
    conditions: null,
    tellWho: 'The parents',
    reasonNotDelegated: null,
    parentAgreedOn: child.placement.startDate,
  }));
}

/**
 * The demo carer's children, and the children the demo parent and young person sign in to see, so each demo account
 * finds a matrix to read; only the carer's are where a request can be made.
 */
export function demoChildrenWithMatrix(authority: DemoAuthority): DemoChild[] {
  const account = (username: string) => authority.accounts.find((a) => a.username === username)?.personId;
  const carerId = account('foster-carer');
  const parentId = account('parent');
  const youngPersonId = account('young-person');
  const carers = authority.children.filter((c) => carerId && c.placement.carerPersonId === carerId);
  const others = authority.children.filter(
    (c) =>
      !carers.includes(c) &&
      c.placement.carerPersonId !== null &&
      ((youngPersonId && c.personId === youngPersonId) ||
        c.parents.some((p) => p.personId === parentId && p.hasParentalResponsibility)),
  );
  return [...carers, ...others];
}

/**
 * The demo carer's children (and the demo parent's and young person's, above) each get a matrix agreed by their social worker on the day the placement began, under
 * their legal status that day; the first also has the carer's request for sleepovers waiting for the social worker.
 * Does nothing for a placement that already has a matrix. Needs the demo placements (seedPlacements) first.
 */
export async function seedDelegatedAuthority(
  dataSource: DataSource,
  authority: DemoAuthority,
): Promise<DelegatedAuthoritySeedResult> {
  const carerId = authority.accounts.find((a) => a.username === 'foster-carer')?.personId;
  const theirs = demoChildrenWithMatrix(authority);
  const result = { matrices: 0, pendingRequests: 0 };
  await dataSource.transaction(async (em) => {
    for (const [i, child] of theirs.entries()) {
      const placement = await em.getRepository(Placement).findOneBy({ childId: child.id, endDate: IsNull() });
      if (!placement || (await em.getRepository(Matrix).existsBy({ placementId: placement.id }))) continue;
      const legalStatus = child.legalStatuses[child.legalStatuses.length - 1]?.code ?? 'V2';
      const socialWorker = child.allocations.filter((a) => a.role === 'social_worker').at(-1)?.personId;
      if (!socialWorker) continue;
      await saveMatrix(em, {
        placementId: placement.id,
        childId: child.id,
        expectedVersion: 0,
        legalStatus,
        reason: 'Agreed at the placement planning meeting',
        entries: agreedRows(child, legalStatus),
        changedBy: socialWorker,
        today: authority.today,
      });
      result.matrices += 1;
      if (i === 0 && child.placement.carerPersonId === carerId) {
        await requestChange(em, {
          placementId: placement.id,
          childId: child.id,
          area: DecisionArea.SLEEPOVERS,
          holder: DecisionHolder.CARER,
          conditions: 'With school friends whose parents we have met',
          why: `${child.givenName} has been invited to a friend’s birthday sleepover.`,
          requestedBy: carerId,
          today: authority.today,
        });
        result.pendingRequests += 1;
      }
    }
  });
  return result;
}
