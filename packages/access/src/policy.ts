import type { Actor, Role } from './actor';
import { type RelationshipKind, widest } from './relationships';

/**
 * Fields that need more than a relationship to the child. Redaction is data: a field names its label and the
 * label says who may see it. Everything else about a child is visible to anyone with a relationship to them.
 */
export const SENSITIVE_FIELDS = {
  /** Where the child lives. A birth parent never sees it while the child is looked after (CA 1989 Sch 2 para 15). */
  placement_address: { visibleTo: ['iro', 'social_worker', 'carer'], carerOnlyOwn: true },
  /**
   * The placement plan (CPPCR reg 9, DOMAIN.md §2.2) and the social worker's visits under it: the professionals,
   * the young person, and the carer of that placement only. Not a parent: the plan carries day-to-day care at the
   * placement; a parent reads who decides what through the delegated-authority matrix instead.
   */
  placement_plan: { visibleTo: ['iro', 'social_worker', 'manager', 'carer', 'self'], carerOnlyOwn: true },
  /** The child's school, like the address, says where to find the child: never a parent; a carer only their own. */
  child_school: { visibleTo: ['iro', 'social_worker', 'manager', 'carer', 'self'], carerOnlyOwn: true },
  /** Who the carers are: withheld from birth parents for the same reason as the address. */
  carer_identity: { visibleTo: ['iro', 'social_worker', 'carer', 'self'], carerOnlyOwn: true },
  /**
   * The care plan itself: permanence plan, parallel plan, the actions and the version history's content
   * (docs/domain.md#who-sees-what). Not the carer (only the relevant parts, below) and not the advocate
   * (only what the child agrees to share). See docs/decisions/0006.
   */
  care_plan: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'parent', 'self'], carerOnlyOwn: false },
  /** The arrangements for the seven dimensions: the "relevant parts" a carer needs to care for the child. */
  care_plan_arrangements: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'parent', 'self', 'carer'],
    carerOnlyOwn: false,
  },
  /** The IRO's care-plan flags are professional oversight, not something to show a family. */
  care_plan_flags: { visibleTo: ['iro', 'social_worker', 'manager'], carerOnlyOwn: false },
  /**
   * Review recommendations as the IRO records them, with their history and drift: professionals only. Parents,
   * carers and the young person hear review decisions through the published version written for them, never
   * through the working record.
   */
  review_recommendations: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /** The full record of a review (summary, decisions, attendees, invitations): the professionals around the child. */
  review_record: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /**
   * What the child tells their IRO in private (their words at the review, their views before it): the IRO only,
   * never a parent, carer or social worker (CPPCR reg 36: the IRO speaks to the child in private).
   */
  child_private_to_iro: { visibleTo: ['iro'], carerOnlyOwn: false },
  /**
   * Views other people sent before a review (everyone sees their own): the IRO, who chairs it, and the social worker.
   * The child's views among them also need `child_private_to_iro`.
   */
  consultation_views: { visibleTo: ['iro', 'social_worker'], carerOnlyOwn: false },
  /**
   * What the child says to their IRO and the IRO's reply: the child and the allocated IRO only (never a parent, a
   * carer, the social worker or the manager) unless the IRO shares it for safeguarding (docs/domain.md#who-sees-what).
   */
  child_iro_messages: { visibleTo: ['iro', 'self'], carerOnlyOwn: false },
  /** A child's message the IRO shared for safeguarding, with the reason: the social worker and the IRO manager. */
  safeguarding_shared_message: { visibleTo: ['iro', 'social_worker', 'manager'], carerOnlyOwn: false },
  /** How many messages the child sent and how many wait for a reply: oversight without the content. */
  message_counts: { visibleTo: ['iro', 'manager'], carerOnlyOwn: false },
  /**
   * IRO challenges (dispute resolution) are about the local authority's handling of the case: the IRO, the IRO
   * manager and the social worker see them; parents, carers, the young person, advocates and guardians do not.
   */
  iro_challenge: { visibleTo: ['iro', 'manager', 'social_worker'], carerOnlyOwn: false },
  /**
   * The child's family network (who is who, who holds parental responsibility, siblings and where they live): the
   * professionals around the child. A parent or carer never reads the whole network (other relatives' names and
   * circumstances are theirs, not shared); siblings in care often share an IRO, who needs the links.
   */
  family_network: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /**
   * A contact arrangement: the professionals see every one; a parent only those made with them (`parentOnlyOwn`),
   * never another family member's (issue 10).
   */
  contact_arrangements: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'parent'],
    carerOnlyOwn: false,
    parentOnlyOwn: true,
  },
  /** How an arrangement changed (who, when, why): the professionals. */
  contact_arrangement_history: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /**
   * The contact sessions planned for the child (date, time, pick-up and drop-off): the professionals, the carer
   * who takes the child, and a parent for their own sessions only.
   */
  contact_sessions: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'carer', 'parent'],
    carerOnlyOwn: false,
    parentOnlyOwn: true,
  },
  /**
   * A session venue marked confidential (a carer's home, a place near it): it would reveal where the child lives, so
   * never a parent (CA 1989 Sch 2 para 15, as for the address).
   */
  contact_confidential_venue: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'carer'],
    carerOnlyOwn: false,
  },
  /** Whether contact keeps being cancelled (three in a row): oversight for the professionals. */
  contact_cancellation_pattern: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian'],
    carerOnlyOwn: false,
  },
  /** What happened at a contact session (the supervisor's record, the child's views, the carer's note). */
  contact_session_record: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /**
   * A session record marked for court: only those with a court relationship to the child (the IRO, the social
   * worker, the children's guardian when one is appointed); not the IRO manager's oversight.
   */
  contact_court_record: { visibleTo: ['iro', 'social_worker', 'guardian'], carerOnlyOwn: false },
  /**
   * A passage of free text the writer marked "professionals only" (docs/decisions/0016-free-text-screen.md): the way
   * to keep a confidential fact in a field a family reads without the family reading it.
   */
  professionals_only_passage: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
  /**
   * How to reach the child's IRO (their work email or phone, as the local authority chooses to show families): the
   * young person, a parent with parental responsibility and the carer, who are told who the IRO is and how to contact
   * them (IRO Handbook; issue 10), and the professionals around the child. Not the advocate, who is not a party.
   */
  iro_contact: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'parent', 'carer', 'self'],
    carerOnlyOwn: false,
  },
  /**
   * Who may take which everyday decisions about the child (the delegated-authority matrix, DOMAIN.md §4): the carer of
   * the placement it belongs to, the professionals, the young person (their own) and a parent with parental
   * responsibility, who must know who decides for their child. It names no address or school (CA 1989 Sch 2 para 15).
   */
  delegated_authority: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'carer', 'parent', 'self'],
    carerOnlyOwn: true,
  },
  /** Carers' requests to change the matrix and its earlier versions and review confirmations: the carer and professionals. */
  delegated_authority_history: {
    visibleTo: ['iro', 'social_worker', 'manager', 'guardian', 'carer'],
    carerOnlyOwn: true,
  },
  /**
   * The child's statutory details as the SSDA903 return holds them (sex, ethnicity, Unique Pupil Number): the
   * professionals who keep and check the record. A family reads the child's name and age, not the return's codes.
   */
  child_statutory_details: { visibleTo: ['iro', 'social_worker', 'manager', 'guardian'], carerOnlyOwn: false },
} as const satisfies Record<
  string,
  { visibleTo: readonly RelationshipKind[]; carerOnlyOwn: boolean; parentOnlyOwn?: boolean }
>;

export type SensitiveLabel = keyof typeof SENSITIVE_FIELDS;

/** The facts about a child the policy needs beyond the actor: today only the owning local authority. */
export interface ChildFacts {
  id: string;
  localAuthorityId: string | null;
}

/**
 * The one decision every resolver asks: how does this actor stand to this child? `null` means the child must be
 * treated as not existing.
 */
export function relationshipTo(actor: Actor, child: ChildFacts): RelationshipKind | null {
  const direct = widest(actor.relationships.filter((r) => r.childId === child.id).map((r) => r.kind));
  if (direct) return direct;
  if (
    actor.role === 'iro_manager' &&
    actor.localAuthorityId !== null &&
    child.localAuthorityId !== null &&
    child.localAuthorityId === actor.localAuthorityId
  ) {
    return 'manager';
  }
  return null;
}

/**
 * May someone standing in `relationship` to the child see a field with this label? `ownerPersonId` is the
 * person the record belongs to (the carer of that placement), so a carer sees only their own household.
 */
export function maySeeField(
  actor: Actor,
  relationship: RelationshipKind | null,
  label: SensitiveLabel,
  ownerPersonId?: string | null,
): boolean {
  if (relationship === null) return false;
  const rule = SENSITIVE_FIELDS[label];
  if (!(rule.visibleTo as readonly RelationshipKind[]).includes(relationship)) return false;
  if (relationship === 'carer' && rule.carerOnlyOwn) return ownerPersonId === actor.personId;
  if (relationship === 'parent' && 'parentOnlyOwn' in rule && rule.parentOnlyOwn) {
    return ownerPersonId !== null && ownerPersonId !== undefined && ownerPersonId === actor.personId;
  }
  return true;
}

/**
 * A family member's own contact arrangements and sessions, reached without a relationship to the child: a parent
 * without parental responsibility has none, yet sees the arrangements that concern them (issue 10), and nothing else
 * of the child comes with them. Only what the labels above give a `parent` for their own records is shown.
 */
export function ownContactRelationship(actor: Actor, ownerPersonId: string | null): 'parent' | null {
  return actor.role === 'parent' && ownerPersonId !== null && ownerPersonId === actor.personId ? 'parent' : null;
}

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

/**
 * Which children a list query may even consider, so lists are scoped in SQL rather than filtered after the fact.
 */
export interface ChildScope {
  childIds: string[];
  localAuthorityId: string | null;
}

export function childScope(actor: Actor): ChildScope {
  return {
    childIds: [...new Set(actor.relationships.map((r) => r.childId))],
    localAuthorityId: actor.role === 'iro_manager' ? actor.localAuthorityId : null,
  };
}

/**
 * The local authority whose aggregate figures the actor may see (the IRO manager's oversight), or null. Figures
 * only: a child's own details still need a relationship through `relationshipTo`.
 */
export function oversightScope(actor: Actor): string | null {
  return actor.role === 'iro_manager' ? actor.localAuthorityId : null;
}

/**
 * Which published version of a review each relationship receives (docs/domain.md#who-sees-what): the young person their
 * letter, a parent with parental responsibility the parent version, the carer the carer version, the professionals
 * all three. Anyone else (an advocate, for now) receives none.
 */
export const OUTCOME_AUDIENCES = {
  self: ['child'],
  parent: ['parent'],
  carer: ['carer'],
  iro: ['child', 'parent', 'carer'],
  social_worker: ['child', 'parent', 'carer'],
  manager: ['child', 'parent', 'carer'],
  guardian: ['child', 'parent', 'carer'],
} as const satisfies Partial<Record<RelationshipKind, ReadonlyArray<'child' | 'parent' | 'carer'>>>;

export type OutcomeAudience = 'child' | 'parent' | 'carer';

export function outcomeAudiences(relationship: RelationshipKind | null): readonly OutcomeAudience[] {
  if (relationship === null) return [];
  return (OUTCOME_AUDIENCES as Partial<Record<RelationshipKind, readonly OutcomeAudience[]>>)[relationship] ?? [];
}
