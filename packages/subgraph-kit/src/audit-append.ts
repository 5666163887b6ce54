import type { DataSource } from 'typeorm';

/** One request's audit as the append function takes it: who, for which operation and request, and its rows. */
export interface AuditGroup {
  actor: string;
  operation: string | null;
  subgraph: string;
  request: string;
  entries: ReadonlyArray<object>;
}

type Db = Pick<DataSource, 'query'>;

interface Waiting {
  group: AuditGroup;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Bounds on one grouped statement, so a burst of requests never becomes one unbounded JSON parameter and one long
 * hold of the chain's head: a group takes waiting trails in arrival order until either bound would be passed (a
 * single trail larger than the row bound still goes, alone, as it always went).
 */
export const MAX_GROUP_REQUESTS = 32;
export const MAX_GROUP_ROWS = 2_000;

/**
 * Group commit for one connection pool's audit appends (decision 0025, "Group commit"). The chain's head is one
 * writer at a time and held to commit, so the appends of concurrent requests queued behind each other in
 * PostgreSQL, each with its own statement, lock and commit. Here at most one append per pool is in flight: a trail
 * that arrives while it is goes into the next one, with every other trail that arrived meanwhile, as one call of
 * `audit.append_reads(groups)` — one statement, one transaction, one take of the head, one INSERT, one commit.
 *
 * Nothing waits on a timer: with nothing in flight (one caller at a time) a trail is sent at once, alone, exactly
 * one statement per request. Every request is answered only once the statement holding its rows has committed; if
 * it fails, every request in it fails (and nothing of the group was written: it is one transaction).
 */
export class AuditAppender {
  private readonly waiting: Waiting[] = [];
  private sending = false;

  constructor(private readonly db: Db) {}

  /** Resolves when `group`'s rows are committed; rejects if the statement that carried them failed. */
  append(group: AuditGroup): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ group, resolve, reject });
      if (!this.sending) void this.sendWaiting();
    });
  }

  /** Sends what is waiting, group after group, until nothing is. */
  private async sendWaiting(): Promise<void> {
    this.sending = true;
    try {
      for (let batch = this.nextGroup(); batch.length > 0; batch = this.nextGroup()) {
        try {
          await this.db.query(`SELECT audit.append_reads($1::jsonb)`, [JSON.stringify(batch.map((w) => w.group))]);
          for (const w of batch) w.resolve();
        } catch (error) {
          for (const w of batch) w.reject(error);
        }
      }
    } finally {
      this.sending = false;
    }
  }

  /** The waiting trails the next statement takes, oldest first, within the bounds. */
  private nextGroup(): Waiting[] {
    let rows = 0;
    let n = 0;
    while (n < this.waiting.length && n < MAX_GROUP_REQUESTS) {
      const size = this.waiting[n].group.entries.length;
      if (n > 0 && rows + size > MAX_GROUP_ROWS) break;
      rows += size;
      n++;
    }
    return this.waiting.splice(0, n);
  }
}

/** One appender per connection pool (a process's data source; a test's several data sources each their own). */
const appenders = new WeakMap<Db, AuditAppender>();

export function auditAppender(db: Db): AuditAppender {
  let appender = appenders.get(db);
  if (!appender) {
    appender = new AuditAppender(db);
    appenders.set(db, appender);
  }
  return appender;
}
