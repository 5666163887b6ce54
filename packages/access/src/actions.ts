import type { Actor, Role } from './actor';
import type { RelationshipKind } from './relationships';

/** Who may change what. Writes need a relationship too, and a narrower one than reads. */
export const ACTIONS = {
  record_period_of_care: ['social_worker'],
  record_legal_status: ['social_worker'],
  record_review_held: ['iro'],
  add_recommendation: ['iro'],
  record_recommendation_outcome: ['iro'],
  schedule_review: ['iro'],
  record_review_meeting: ['iro'],
  record_conversation_with_child: ['iro'],
  record_review_timescales: ['iro'],
  publish_review_outcome: ['iro'],
  /** Consultation before a review: the young person, each parent with parental responsibility, the carer. */
  submit_review_views: ['self', 'parent', 'carer'],
  /**
   * The IRO is appointed by the local authority and must be independent of the case (IRO Handbook ch. 2): the IRO
   * manager allocates, never the child's own social worker.
   */
  allocate_iro: ['manager'],
  allocate_social_worker: ['manager', 'social_worker'],
  /** Adding a relative to the child's family network (and parental responsibility) is the social worker's record. */
  record_family_member: ['social_worker'],
  /** Contact is part of the care plan the social worker writes (CA 1989 s.34, Sch 2 para 15). */
  manage_contact_arrangements: ['social_worker'],
  /** What happened at a session, from the supervisor's account: the social worker records it. */
  record_contact_session: ['social_worker'],
  /** How the child was afterwards: the carer who looks after them. */
  record_contact_carer_note: ['carer'],
  /** The matrix is part of the placement plan the social worker agrees (CPPCR Sch 2, DOMAIN.md §4). */
  save_delegated_authority: ['social_worker'],
  /** The carer of the current placement asks for a change; the social worker decides. */
  request_delegated_authority_change: ['carer'],
  decide_delegated_authority_request: ['social_worker'],
  /** The IRO re-confirms the matrix at a review (DOMAIN.md §4). */
  confirm_delegated_authority: ['iro'],
  start_placement: ['social_worker'],
  end_placement: ['social_worker'],
  /** The placement plan and the reg 28 visits are the social worker's record (CPPCR regs 9 and 28). */
  record_placement_plan: ['social_worker'],
  record_social_worker_visit: ['social_worker'],
  /** The IRO reviews the care plan but never writes it (docs/domain.md#the-iros-role, IRO Handbook para 1.22). */
  save_care_plan: ['social_worker'],
  send_message_to_iro: ['self'],
  reply_to_child: ['iro'],
  enable_iro_channel: ['iro'],
  share_message_for_safeguarding: ['iro'],
  /**
   * The IRO's read receipt on the child's messages: only the IRO's own marker, so the caseload's unread count says
   * whether the IRO has read them (docs/domain.md#the-childs-channel); no one else's reading changes it.
   */
  mark_messages_read: ['iro'],
  raise_iro_challenge: ['iro'],
  record_challenge_response: ['iro'],
  escalate_iro_challenge: ['iro'],
  resolve_iro_challenge: ['iro'],
  refer_challenge_to_cafcass: ['iro'],
} as const satisfies Record<string, readonly RelationshipKind[]>;

export type Action = keyof typeof ACTIONS;

/**
 * What someone may do for their own local authority rather than for one child: there is no child yet to stand in a
 * relationship to (registering one), or the choice applies to every child of the authority (its settings). The
 * person's role and their employment by that authority decide; anyone else's attempt is refused exactly like a
 * missing record.
 */
export const AUTHORITY_ACTIONS = {
  /**
   * A social worker of the authority records a child coming into care and becomes the child's allocated social
   * worker (docs/domain.md#starting-a-childs-record); the IRO is allocated afterwards by the manager.
   */
  register_child: ['social_worker'],
  /** The authority's own timescales, challenge stages and what families see of the IRO: the IRO manager only. */
  manage_local_authority_settings: ['iro_manager'],
} as const satisfies Record<string, readonly Role[]>;

export type AuthorityAction = keyof typeof AUTHORITY_ACTIONS;

/** May the actor do this for the local authority `localAuthorityId`? Only for their own, and only in the role. */
export function mayPerformForAuthority(
  actor: Actor,
  action: AuthorityAction,
  localAuthorityId: string | null,
): boolean {
  return (
    actor.localAuthorityId !== null &&
    localAuthorityId !== null &&
    actor.localAuthorityId === localAuthorityId &&
    (AUTHORITY_ACTIONS[action] as readonly Role[]).includes(actor.role)
  );
}

export function mayPerform(relationship: RelationshipKind | null, action: Action): boolean {
  return relationship !== null && (ACTIONS[action] as readonly RelationshipKind[]).includes(relationship);
}
