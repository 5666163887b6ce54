import type { RelationshipKind } from '@lac/access';
import type { DataSource } from 'typeorm';

interface AuditEntry {
  childId: string;
  /** null for a denied read: the caller has no relationship to the child */
  relationship: RelationshipKind | null;
  what: string;
  outcome: 'allowed' | 'denied';
}

/**
 * Every read of a child's record during one request, written as one INSERT when the response is ready. A read
 * that cannot be audited is not answered (see the kit's server plugin).
 */
export class AuditTrail {
  private readonly entries = new Map<string, AuditEntry>();

  constructor(
    private readonly subgraph: string,
    private readonly actorId: string,
    private readonly requestId: string,
  ) {}

  /** The operation being answered, once GraphQL has parsed the request. */
  operation: string | null = null;

  read(childId: string, relationship: RelationshipKind, what: string): void {
    this.entries.set(`${childId}|${what}`, { childId, relationship, what, outcome: 'allowed' });
  }

  /** A record asked for by id that the policy refused: the caller was answered "not found". */
  denied(childId: string, what: string): void {
    this.entries.set(`${childId}|${what}|denied`, { childId, relationship: null, what, outcome: 'denied' });
  }

  get size(): number {
    return this.entries.size;
  }

  async flush(db: Pick<DataSource, 'query'>): Promise<void> {
    if (this.entries.size === 0) return;
    const rows = [...this.entries.values()];
    this.entries.clear();
    const params: unknown[] = [];
    const values = rows.map((r, i) => {
      params.push(this.actorId, r.relationship, r.childId, r.what, r.outcome);
      const b = i * 5;
      const shared = rows.length * 5;
      return `($${b + 1}, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${shared + 1}, $${shared + 2}, $${shared + 3})`;
    });
    params.push(this.operation, this.subgraph, this.requestId);
    await db.query(
      `INSERT INTO audit.reads (actor_id, relationship, child_id, what, outcome, operation, subgraph, request_id) VALUES ${values.join(', ')}`,
      params,
    );
  }
}
