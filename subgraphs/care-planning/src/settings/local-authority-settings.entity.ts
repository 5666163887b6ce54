import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A local authority's choices where the law leaves one (docs/decisions/0005; IRO Handbook record timescales). */
@Entity({ name: 'local_authority_settings' })
export class LocalAuthoritySettingsRow {
  @PrimaryColumn({ name: 'local_authority_id', type: 'uuid' })
  localAuthorityId: string;

  @Column({ name: 'additional_review_restarts_cycle', type: 'boolean', default: false })
  additionalReviewRestartsCycle: boolean;

  @Column({ name: 'decisions_within_working_days', type: 'int', default: 5 })
  decisionsWithinWorkingDays: number;

  @Column({ name: 'full_record_within_working_days', type: 'int', default: 20 })
  fullRecordWithinWorkingDays: number;

  /** How soon a review follows a placement change (docs/decisions/0022); 0 is off. */
  @Column({ name: 'review_after_placement_change_working_days', type: 'int', default: 20 })
  reviewAfterPlacementChangeWorkingDays: number;

  /** Which of the IRO's work contacts families are shown (docs/domain.md#who-sees-what). */
  @Column({ name: 'iro_contact_shown', type: 'text', default: 'none' })
  iroContactShown: IroContactShown;
}

export type IroContactShown = 'email' | 'phone' | 'both' | 'none';
