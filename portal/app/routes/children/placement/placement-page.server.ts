import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { householdRows } from './household.server';
import { PLAN_STATUS_WORDS, lengthInWords, visitLine } from './placement.server';

const PLACEMENT_QUERY = graphql(`
  query ChildPlacement($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      viewerCan {
        do {
          recordSocialWorkerVisit
          startPlacement
          endPlacement
          recordPlacementPlan
        }
      }
      placementStability {
        placementsInLast12Months
        currentPlacementDays
      }
      currentPlacement {
        id
        placementTypeDescription
        providerDescription
        startDate
        distanceFromHomeKm
        household {
          name
          approvalTypeDescription
          provider {
            name
            kind
          }
          carers {
            displayName
          }
        }
        address {
          line1
          town
          postcode
        }
        placementPlanDue {
          dueBy
          status
          basis
        }
        placementPlan {
          version
          agreedOn
          dayToDayCare
          contactArrangements
          healthCare
          education
          school
          visitsAndSupport
          endingArrangements
          finances
        }
        visits {
          visitedOn
          seenAlone
        }
        nextVisit {
          dueBy
          overdue
          basis
        }
      }
      placements {
        id
        placementTypeDescription
        startDate
        endDate
        reasonForChangeDescription
      }
    }
  }
`);

/** The placement page's data in words for this reader, and the session that answers; loader and action share it. */
export async function loadPlacementPage(request: Request, params: { id: string }) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(PLACEMENT_QUERY, { id });
  const p = child.currentPlacement;
  const plan = p?.placementPlan;
  return {
    session,
    data: {
      id: child.id,
      name: `${child.givenName} ${child.familyName}`,
      placementId: p?.id ?? null,
      canRecordVisit: child.viewerCan.do.recordSocialWorkerVisit,
      canStart: child.viewerCan.do.startPlacement,
      canEnd: child.viewerCan.do.endPlacement && p !== null,
      canWritePlan: child.viewerCan.do.recordPlacementPlan && p !== null,
      stability: child.placementStability && {
        inYear: child.placementStability.placementsInLast12Months,
        length:
          child.placementStability.currentPlacementDays === null
            ? null
            : lengthInWords(child.placementStability.currentPlacementDays),
      },
      current: p && {
        kind: p.placementTypeDescription,
        provider: p.providerDescription,
        since: formatDate(p.startDate),
        household: householdRows(p.household ?? null),
        distance: p.distanceFromHomeKm === null ? null : `${p.distanceFromHomeKm} km`,
        address: p.address && [p.address.line1, p.address.town, p.address.postcode].join(', '),
        planDue: p.placementPlanDue && {
          dueBy: formatDate(p.placementPlanDue.dueBy),
          tag: PLAN_STATUS_WORDS[p.placementPlanDue.status],
          basis: p.placementPlanDue.basis,
        },
        plan: plan && {
          agreedOn: plan.agreedOn ? formatDate(plan.agreedOn) : 'Not yet agreed',
          rows: [
            { key: 'Day-to-day care', value: plan.dayToDayCare },
            { key: 'Family time', value: plan.contactArrangements },
            { key: 'Health and dental care', value: plan.healthCare },
            { key: 'Education', value: plan.education },
            ...(plan.school ? [{ key: 'School', value: plan.school }] : []),
            { key: 'Visits and support', value: plan.visitsAndSupport },
            { key: 'When the placement may end', value: plan.endingArrangements },
            { key: 'Money', value: plan.finances },
          ],
        },
        visits: p.visits.map(visitLine),
        nextVisit: p.nextVisit && {
          dueBy: formatDate(p.nextVisit.dueBy),
          overdue: p.nextVisit.overdue,
          basis: p.nextVisit.basis,
        },
      },
      history: child.placements.map((h) => ({
        id: h.id,
        kind: h.placementTypeDescription,
        from: formatDate(h.startDate),
        to: h.endDate ? formatDate(h.endDate) : 'Now',
        why: h.reasonForChangeDescription ?? '',
      })),
    },
  };
}
