import type { RelationshipKind } from '@lac/access';
import type { DataSource } from 'typeorm';
import { auditAppender } from './audit-append';

export { MAX_GROUP_REQUESTS, MAX_GROUP_ROWS } from './audit-append';

/** One child's row of a request's audit: through which relationship (none for a denied read) and what was read. */
interface AuditRow {
  child_id: string;
  /** null for a denied read: the caller has no relationship to the child */
  relationship: RelationshipKind | null;
  outcome: 'allowed' | 'denied';
  labels: Set<string>;
}

/**
 * Every read of a child's record during one request, written in one statement when the response is ready. A read
 * that cannot be audited is not answered (see the kit's server plugin).
 *
 * One row per child (and relationship, and outcome) listing the labels read, so a page of seventy children writes
 * seventy rows, however many fields each shows; and the statement carries one parameter however many rows.
 */
export class AuditTrail {
  private readonly rows = new Map<string, AuditRow>();

  constructor(
    private readonly subgraph: string,
    private readonly actorId: string,
    private readonly requestId: string,
  ) {}

  /** The operation being answered, once GraphQL has parsed the request. */
  operation: string | null = null;

  read(childId: string, relationship: RelationshipKind, what: string): void {
    this.row(childId, relationship, 'allowed').labels.add(what);
  }

  /** A record asked for by id that the policy refused: the caller was answered "not found". */
  denied(childId: string, what: string): void {
    this.row(childId, null, 'denied').labels.add(what);
  }

  /** Labels recorded so far, across children. */
  get size(): number {
    let n = 0;
    for (const row of this.rows.values()) n += row.labels.size;
    return n;
  }

  private row(childId: string, relationship: RelationshipKind | null, outcome: AuditRow['outcome']): AuditRow {
    const key = `${childId}|${relationship ?? ''}|${outcome}`;
    let row = this.rows.get(key);
    if (!row) {
      row = { child_id: childId, relationship, outcome, labels: new Set() };
      this.rows.set(key, row);
    }
    return row;
  }

  /**
   * Writes the rows and resolves once they are committed. Concurrent requests of one process share the statement
   * (group commit, `./audit-append.ts`): one call of the database's append function, which chains the rows under one
   * short hold of the chain's head (decision 0025), each row with its own request's actor, operation and request id.
   * The services may not INSERT into the table themselves.
   */
  async flush(db: Pick<DataSource, 'query'>): Promise<void> {
    if (this.rows.size === 0) return;
    const entries = [...this.rows.values()].map((r) => ({ ...r, labels: [...r.labels].sort() }));
    this.rows.clear();
    await auditAppender(db).append({
      actor: this.actorId,
      operation: this.operation,
      subgraph: this.subgraph,
      request: this.requestId,
      entries,
    });
  }
}
