import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { DecisionHolder, isDecisionArea, isDecisionHolder } from './areas';
import { ChangeRequest, RequestStatus } from './change-request.entity';
import type { Entry } from './entry';
import { FIXED_BY_LAW } from './legal-status-rules';
import { currentVersion, saveMatrix } from './save-matrix';
import type { MatrixVersion } from './matrix-version.entity';

export interface NewRequest {
  placementId: string;
  childId: string;
  area: string;
  holder: string;
  conditions: string | null;
  why: string;
  requestedBy: string;
  today: string;
}

/** A carer asks for one row to change; nothing in the matrix moves until the social worker approves. */
export async function requestChange(em: EntityManager, input: NewRequest): Promise<ChangeRequest> {
  if (!isDecisionArea(input.area)) throw badInput('area', 'UNKNOWN_CODE', `${input.area} is not a decision area`);
  if (!isDecisionHolder(input.holder)) throw badInput('holder', 'UNKNOWN_CODE', `${input.holder} is not a holder`);
  const fixed = FIXED_BY_LAW[input.area];
  if (fixed && input.holder !== DecisionHolder.PARENT) throw badInput('area', 'NOT_DELEGABLE', fixed);
  const why = input.why.trim();
  if (!why) throw badInput('why', 'REQUIRED', 'Say why you are asking for the change');
  if (why.length > 1000) throw badInput('why', 'TOO_LONG', 'Keep it under 1000 characters');
  const current = await currentVersion(em, input.placementId);
  if (!current) throw badInput('childId', 'INVALID_STATE', 'The social worker has not recorded the decisions yet');
  const repo = em.getRepository(ChangeRequest);
  return repo.save(
    repo.create({
      placementId: input.placementId,
      childId: input.childId,
      area: input.area,
      holder: input.holder,
      conditions: input.conditions?.trim() || null,
      why,
      requestedBy: input.requestedBy,
      requestedOn: input.today,
      baseVersion: current.version,
      status: RequestStatus.PENDING,
    }),
  );
}

export interface Decision {
  request: ChangeRequest;
  approve: boolean;
  reason: string;
  /** The version the social worker read when deciding. */
  expectedVersion: number;
  /** Under s.20: when a parent agreed to the delegation the carer asks for. */
  parentAgreedOn: string | null;
  decidedBy: string;
  today: string;
}

/**
 * The social worker approves (a new version of the matrix with the requested row, checked like any save, so an
 * approval the legal status forbids is refused and the request stays pending) or declines, with a reason either way.
 */
export async function decideRequest(em: EntityManager, d: Decision): Promise<MatrixVersion> {
  if (d.request.status !== RequestStatus.PENDING) {
    throw badInput(
      'requestId',
      'INVALID_STATE',
      `That request was already ${d.request.status} on ${d.request.decidedOn}`,
    );
  }
  const reason = d.reason.trim();
  if (!reason) throw badInput('reason', 'REQUIRED', 'Give the carer the reason for your decision');
  const current = await currentVersion(em, d.request.placementId);
  if (!current) throw badInput('requestId', 'INVALID_STATE', 'That placement has no matrix');
  let result = current;
  if (d.approve) {
    const before = current.entries.find((e) => e.area === d.request.area);
    const row: Entry = {
      area: d.request.area,
      holder: d.request.holder,
      conditions: d.request.conditions,
      tellWho: before?.tellWho ?? null,
      reasonNotDelegated: d.request.holder === DecisionHolder.CARER ? null : (before?.reasonNotDelegated ?? reason),
      parentAgreedOn: d.parentAgreedOn ?? before?.parentAgreedOn ?? null,
    };
    result = await saveMatrix(em, {
      placementId: current.placementId,
      childId: current.childId,
      expectedVersion: d.expectedVersion,
      legalStatus: current.legalStatus,
      reason: `The carer asked: ${d.request.why} Approved: ${reason}`,
      entries: [row],
      changedBy: d.decidedBy,
      today: d.today,
    });
  }
  const [, updated] = await em.query<[unknown, number]>(
    `UPDATE placements.delegated_authority_requests
        SET status = $2, decided_by = $3, decided_on = $4, decision_reason = $5, resulting_version = $6
      WHERE id = $1 AND status = 'pending'`,
    [
      d.request.id,
      d.approve ? RequestStatus.APPROVED : RequestStatus.DECLINED,
      d.decidedBy,
      d.today,
      reason,
      d.approve ? result.version : null,
    ],
  );
  if (updated !== 1) throw badInput('requestId', 'INVALID_STATE', 'That request was decided a moment ago');
  return result;
}
