import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import type { SessionRoute } from '../../../session-route.server';
import { seesDelegatedAuthority } from '../../../viewer';
import { AREA_WORDS, STATUS_WORDS, holderWords } from './decisions-words';
import { legalStatusNotice } from './legal-status-notice';

const DECISIONS_QUERY = graphql(`
  query ChildDecisions($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      legalStatuses {
        code
        description
        endDate
      }
      reviews {
        id
        heldOn
      }
      nextReview {
        dueBy
      }
      delegatedAuthority {
        version
        legalStatus
        legalStatusDescription
        changedOn
        reason
        changedBy {
          displayName
        }
        entries {
          area
          holder
          conditions
          tellWho
          reasonNotDelegated
          parentAgreedOn
          fixedByLaw
        }
        history {
          version
          changedOn
          reason
          changedBy {
            displayName
          }
        }
        requests {
          id
          area
          holder
          conditions
          why
          status
          requestedOn
          decisionReason
          requestedBy {
            displayName
          }
        }
        confirmations {
          reviewId
          version
          confirmedOn
        }
      }
    }
  }
`);

/** Everything the decisions page shows, in words for this reader; the 404 for anyone the graph shows none to. */
export async function loadDecisions(session: SessionRoute, id: string) {
  const { child } = await session.child(DECISIONS_QUERY, { id });
  if (!seesDelegatedAuthority(child)) throw session.notFound();
  const audience = child.viewerCan.audience;
  const da = child.delegatedAuthority;
  const currentStatus = child.legalStatuses.find((s) => s.endDate === null) ?? null;
  const latestHeld = child.reviews.find((r) => r.heldOn) ?? null;
  return {
    childId: child.id,
    givenName: child.givenName,
    name: `${child.givenName} ${child.familyName}`,
    audience,
    can: {
      start: child.viewerCan.do.saveDelegatedAuthority && !da,
      change: child.viewerCan.do.saveDelegatedAuthority && !!da,
      request: child.viewerCan.do.requestDelegatedAuthorityChange && !!da,
      decide: child.viewerCan.do.decideDelegatedAuthorityRequest,
      confirm: child.viewerCan.do.confirmDelegatedAuthority && !!da,
      sendViews: child.viewerCan.do.submitReviewViews,
    },
    nextReview: child.nextReview ? formatDate(child.nextReview.dueBy) : null,
    legalStatus: currentStatus ? { code: currentStatus.code, description: currentStatus.description } : null,
    matrix: da && {
      version: da.version,
      legalStatus: da.legalStatus,
      checkedUnder: `${da.legalStatus} (${da.legalStatusDescription})`,
      // For the professionals, who review the matrix (decision 0015): a family reads who decides, not its basis.
      legalStatusNotice:
        audience === 'PROFESSIONAL'
          ? legalStatusNotice(
              { code: da.legalStatus, description: da.legalStatusDescription },
              currentStatus,
              child.givenName,
            )
          : null,
      changedOn: formatDate(da.changedOn),
      changedBy: da.changedBy?.displayName ?? null,
      reason: da.reason,
      rows: da.entries.map((e) => ({
        area: e.area,
        title: audience === 'YOUNG_PERSON' ? AREA_WORDS[e.area].young : AREA_WORDS[e.area].title,
        holder: e.holder,
        who: holderWords(e.holder, audience, child.givenName),
        conditions: e.conditions,
        tellWho: e.tellWho,
        why: e.fixedByLaw ?? e.reasonNotDelegated,
        parentAgreedOn: e.parentAgreedOn ? formatDate(e.parentAgreedOn) : null,
      })),
      history: da.history.map((h) => ({
        version: h.version,
        on: formatDate(h.changedOn),
        by: h.changedBy?.displayName ?? '',
        reason: h.reason,
      })),
      requests: da.requests.map((r) => ({
        id: r.id,
        title: AREA_WORDS[r.area].title,
        who: holderWords(r.holder, 'PROFESSIONAL', child.givenName),
        conditions: r.conditions,
        why: r.why,
        on: formatDate(r.requestedOn),
        by: r.requestedBy?.displayName ?? '',
        status: STATUS_WORDS[r.status],
        pending: r.status === 'PENDING',
        decisionReason: r.decisionReason,
      })),
      confirmations: da.confirmations.map((c) => ({
        version: c.version,
        on: formatDate(c.confirmedOn),
        reviewHeldOn: formatDate(child.reviews.find((r) => r.id === c.reviewId)?.heldOn),
      })),
    },
    confirmReview:
      latestHeld && !da?.confirmations.some((c) => c.reviewId === latestHeld.id)
        ? { id: latestHeld.id, heldOn: formatDate(latestHeld.heldOn) }
        : null,
  };
}
