import { badInput } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { Confirmation } from './confirmation.entity';
import { currentVersion, staleVersion } from './save-matrix';

export interface ConfirmAtReview {
  placementId: string;
  childId: string;
  reviewId: string;
  /** The version the IRO read at the review: confirming one that has since changed is a CONFLICT naming the rows. */
  version: number;
  confirmedBy: string;
  today: string;
}

/** The review re-confirmed the current matrix (DOMAIN.md §4). Once per review and placement. */
export async function confirmAtReview(em: EntityManager, c: ConfirmAtReview): Promise<Confirmation> {
  const current = await currentVersion(em, c.placementId);
  if (!current) throw badInput('childId', 'INVALID_STATE', 'There is no matrix to confirm yet');
  if (current.version !== c.version) throw await staleVersion(em, c.placementId, c.version, current);
  const rows: Confirmation[] = await em.query(
    `INSERT INTO placements.delegated_authority_confirmations
       (placement_id, child_id, review_id, version, confirmed_by, confirmed_on)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (placement_id, review_id) DO NOTHING RETURNING id`,
    [c.placementId, c.childId, c.reviewId, c.version, c.confirmedBy, c.today],
  );
  if (rows.length === 0) throw badInput('reviewId', 'INVALID_STATE', 'This review already confirmed the matrix');
  return Object.assign(new Confirmation(), { ...c, id: (rows[0] as { id: string }).id, confirmedOn: c.today });
}
