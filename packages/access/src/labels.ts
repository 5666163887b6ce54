import type { RelationshipKind } from './relationships';

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
   * never another family member's (DOMAIN.md §7, §8).
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
   * them (IRO Handbook; docs/domain.md#who-sees-what), and the professionals around the child. Not the advocate, who is
   * not a party.
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
