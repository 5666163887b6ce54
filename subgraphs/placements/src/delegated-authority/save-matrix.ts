import { badInput, conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { areaName, isDecisionArea, isDecisionHolder } from './areas';
import { type Entry, changedAreas, mergeEntries } from './entry';
import { checkEntries, defaultEntries, isKnownLegalStatus } from './legal-status-rules';
import { Matrix } from './matrix.entity';
import { MatrixVersion } from './matrix-version.entity';

export interface MatrixChange {
  placementId: string;
  childId: string;
  /** The version the writer was reading; 0 for a placement without a matrix yet. */
  expectedVersion: number;
  legalStatus: string;
  reason: string;
  /** Rows to change; the others keep the current version's row (or the defaults for the legal status). */
  entries: Entry[];
  changedBy: string;
  today: string;
}

const text = (value: string | null | undefined): string | null => value?.trim() || null;

/** Rows as typed: text trimmed, empty as null, one row per area. */
export function normaliseEntries(rows: ReadonlyArray<Partial<Entry> & Pick<Entry, 'area' | 'holder'>>): Entry[] {
  const seen = new Set<string>();
  return rows.map((r) => {
    if (!isDecisionArea(r.area))
      throw badInput('entries.area', 'UNKNOWN_CODE', `${String(r.area)} is not a decision area`);
    if (!isDecisionHolder(r.holder))
      throw badInput(`entries.${areaName(r.area)}.holder`, 'UNKNOWN_CODE', 'Unknown holder');
    if (seen.has(r.area))
      throw badInput(`entries.${areaName(r.area)}`, 'INVALID', `${areaName(r.area)} is given twice`);
    seen.add(r.area);
    return {
      area: r.area,
      holder: r.holder,
      conditions: text(r.conditions),
      tellWho: text(r.tellWho),
      reasonNotDelegated: text(r.reasonNotDelegated),
      parentAgreedOn: r.parentAgreedOn ?? null,
    };
  });
}

export async function currentVersion(em: EntityManager, placementId: string): Promise<MatrixVersion | null> {
  const head = await em.getRepository(Matrix).findOneBy({ placementId });
  if (!head) return null;
  return em.getRepository(MatrixVersion).findOneByOrFail({ placementId, version: head.version });
}

/** CONFLICT naming the rows that changed since the version the writer read. */
export async function staleVersion(
  em: EntityManager,
  placementId: string,
  expected: number,
  current: MatrixVersion,
): Promise<Error> {
  const read =
    expected > 0 ? await em.getRepository(MatrixVersion).findOneBy({ placementId, version: expected }) : null;
  const changed = changedAreas(read?.entries ?? [], current.entries).map(areaName);
  return conflict(
    `The decisions changed since version ${expected} (now version ${current.version}, ${current.changedOn}): ${changed.join(', ') || 'no rows, only the record'}. Read them again before saving.`,
    changed,
  );
}

/**
 * A new version of the placement's matrix, or nothing: an unknown legal status, a row the law or the legal status
 * forbids (legal-status-rules.ts) or a stale version is refused before anything is written, and the head moves only
 * `WHERE version = expected`, so of two saves from the same version one wins and the other gets CONFLICT.
 */
export async function saveMatrix(em: EntityManager, change: MatrixChange): Promise<MatrixVersion> {
  const legalStatus = change.legalStatus.trim().toUpperCase();
  if (!isKnownLegalStatus(legalStatus)) {
    throw badInput('legalStatus', 'UNKNOWN_CODE', `${change.legalStatus} is not an SSDA903 legal status`);
  }
  const reason = change.reason.trim();
  if (!reason) throw badInput('reason', 'REQUIRED', 'Say why the decisions change');
  if (reason.length > 1000) throw badInput('reason', 'TOO_LONG', 'Keep the reason under 1000 characters');
  const current = await currentVersion(em, change.placementId);
  if ((current?.version ?? 0) !== change.expectedVersion) {
    if (!current) throw conflict('There is no matrix for this placement yet: start it from version 0', []);
    throw await staleVersion(em, change.placementId, change.expectedVersion, current);
  }
  const entries = mergeEntries(current?.entries ?? defaultEntries(legalStatus), change.entries);
  const [violation] = checkEntries(legalStatus, entries, change.today);
  if (violation)
    throw badInput(`entries.${areaName(violation.area)}.${violation.field}`, violation.problem, violation.message);

  const version = change.expectedVersion + 1;
  if (change.expectedVersion === 0) {
    const inserted: unknown[] = await em.query(
      `INSERT INTO placements.delegated_authority (placement_id, child_id, version) VALUES ($1, $2, 1)
       ON CONFLICT (placement_id) DO NOTHING RETURNING placement_id`,
      [change.placementId, change.childId],
    );
    if (inserted.length === 0) throw conflict('Someone started this matrix at the same time: read it again', []);
  } else {
    const [, moved] = await em.query<[unknown, number]>(
      `UPDATE placements.delegated_authority SET version = $3 WHERE placement_id = $1 AND version = $2`,
      [change.placementId, change.expectedVersion, version],
    );
    if (moved !== 1) {
      const now = await currentVersion(em, change.placementId);
      if (now) throw await staleVersion(em, change.placementId, change.expectedVersion, now);
    }
  }
  const repo = em.getRepository(MatrixVersion);
  return repo.save(
    repo.create({
      placementId: change.placementId,
      childId: change.childId,
      version,
      legalStatus,
      entries,
      reason,
      changedBy: change.changedBy,
      changedOn: change.today,
    }),
  );
}
