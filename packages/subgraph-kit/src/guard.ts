import {
  type Action,
  type Actor,
  type ChildRelationship,
  type RecordOwner,
  type RelationshipKind,
  type SensitiveLabel,
  mayPerform,
  maySeeField,
  relationshipTo,
} from '@lac/access';
import type { DataSource } from 'typeorm';
import type { AuditTrail } from './audit';
import { type FieldInfo, auditKey } from './audit-key';
import { notFound } from './errors';
import { type Loaders, byKey } from './loaders';

/**
 * The access policy bound to one request. Every resolver that returns anything about a child asks it first; it
 * also writes the audit entry for each read it allows.
 */
export class AccessGuard {
  /**
   * How the caller stands to each child through their own stored relationships, worked out once per child: a page
   * of seventy children asks it for every field of every child. This guard lives for one request and one caller
   * (createContext), so nothing here outlives the request or crosses callers (docs/decisions/0014).
   */
  private readonly direct = new Map<string, RelationshipKind | null>();
  /** The caller's stored relationships grouped by child, built on first use: one pass, not one per child. */
  private relationshipsByChild: Map<string, ChildRelationship[]> | null = null;

  constructor(
    readonly actor: Actor,
    private readonly loaders: Loaders,
    private readonly db: Pick<DataSource, 'query'>,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * How the caller stands to the child. The child's local authority is only looked up (batched) for an
   * organisation-wide role; pass it when the caller already has it.
   */
  async relationshipTo(childId: string, localAuthorityId?: string | null): Promise<RelationshipKind | null> {
    const known = this.knownRelationship(childId, localAuthorityId);
    if (known !== undefined) return known;
    return relationshipTo(this.actor, { id: childId, localAuthorityId: await this.childLocalAuthority(childId) });
  }

  /**
   * Allows and audits a read about the child, or returns null: the child does not exist for this caller. `what` is
   * a field's `info` (the key is derived from it) or, for a whole record reached by id, its type name (`Child`).
   */
  async read(
    childId: string,
    what: FieldInfo | string,
    localAuthorityId?: string | null,
  ): Promise<RelationshipKind | null> {
    const known = this.readIfKnown(childId, what, localAuthorityId);
    if (known !== undefined) return known;
    return this.audited(childId, await this.relationshipTo(childId, localAuthorityId), what);
  }

  /**
   * For a label checked inside a resolver (the declarative `@Sensitive` is the rule; this is for reads that depend
   * on a row's content, each with a comment saying why): allowed and audited under the field's own key, or hidden.
   */
  async readSensitive(
    childId: string,
    label: SensitiveLabel,
    info: FieldInfo,
    ownerPersonId?: RecordOwner,
  ): Promise<boolean> {
    const known = this.readSensitiveIfKnown(childId, label, info, ownerPersonId);
    if (known !== undefined) return known;
    return this.sensitiveAudited(childId, await this.relationshipTo(childId), label, info, ownerPersonId);
  }

  // The `…IfKnown` twins answer at once, with the same decision and audit, when no look-up is needed: always but
  // for an IRO manager and a child whose authority is not given. `undefined` means "ask the async one". The kit's
  // field guards (sensitive.ts) use them so a page of children does not wait on promises per field.

  /** `relationshipTo` when no look-up is needed, else undefined. */
  knownRelationship(childId: string, localAuthorityId?: string | null): RelationshipKind | null | undefined {
    const direct = this.directRelationship(childId);
    if (direct || this.actor.role !== 'iro_manager') return direct;
    if (localAuthorityId === undefined) return undefined;
    return relationshipTo(this.actor, { id: childId, localAuthorityId });
  }

  /** `read` when no look-up is needed, else undefined. */
  readIfKnown(
    childId: string,
    what: FieldInfo | string,
    localAuthorityId?: string | null,
  ): RelationshipKind | null | undefined {
    const relationship = this.knownRelationship(childId, localAuthorityId);
    return relationship === undefined ? undefined : this.audited(childId, relationship, what);
  }

  /** `readSensitive` when no look-up is needed, else undefined. */
  readSensitiveIfKnown(
    childId: string,
    label: SensitiveLabel,
    info: FieldInfo,
    ownerPersonId?: RecordOwner,
  ): boolean | undefined {
    const relationship = this.knownRelationship(childId);
    return relationship === undefined
      ? undefined
      : this.sensitiveAudited(childId, relationship, label, info, ownerPersonId);
  }

  /** For a write: the caller's relationship if it permits the action; otherwise the child is "not found". */
  async mustPerform(childId: string, action: Action): Promise<RelationshipKind> {
    const relationship = await this.relationshipTo(childId);
    if (!relationship || !mayPerform(relationship, action)) throw notFound('Child');
    return relationship;
  }

  private audited(
    childId: string,
    relationship: RelationshipKind | null,
    what: FieldInfo | string,
  ): RelationshipKind | null {
    if (relationship) this.audit.read(childId, relationship, typeof what === 'string' ? what : auditKey(what));
    return relationship;
  }

  private sensitiveAudited(
    childId: string,
    relationship: RelationshipKind | null,
    label: SensitiveLabel,
    info: FieldInfo,
    ownerPersonId?: RecordOwner,
  ): boolean {
    const allowed = maySeeField(this.actor, relationship, label, ownerPersonId);
    if (allowed && relationship) this.audit.read(childId, relationship, auditKey(info));
    return allowed;
  }

  private directRelationship(childId: string): RelationshipKind | null {
    let relationship = this.direct.get(childId);
    if (relationship === undefined) {
      // The policy decides, from the caller's relationships to this child only; the manager's authority-wide
      // relationship is the caller's (relationshipTo above), not decided here.
      const own = this.ownRelationships().get(childId) ?? [];
      relationship = relationshipTo({ ...this.actor, relationships: own }, { id: childId, localAuthorityId: null });
      this.direct.set(childId, relationship);
    }
    return relationship;
  }

  private ownRelationships(): Map<string, ChildRelationship[]> {
    if (!this.relationshipsByChild) {
      this.relationshipsByChild = new Map();
      for (const r of this.actor.relationships) {
        const list = this.relationshipsByChild.get(r.childId);
        if (list) list.push(r);
        else this.relationshipsByChild.set(r.childId, [r]);
      }
    }
    return this.relationshipsByChild;
  }

  private childLocalAuthority(childId: string): Promise<string | null> {
    return this.loaders
      .get<string, string | null>('access.children', async (ids) => {
        const rows: Array<{ child_id: string; local_authority_id: string }> = await this.db.query(
          'SELECT child_id, local_authority_id FROM access.children WHERE child_id = ANY($1::uuid[])',
          [ids],
        );
        return byKey(ids, rows, (r) => r.child_id).map((r) => r?.local_authority_id ?? null);
      })
      .load(childId);
  }
}
