import type { Logger, QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement the DataSource sends. Tests and benchmarks read it to prove that a list costs the
 * same number of statements whatever its length.
 */
export class StatementCounter implements Logger {
  count = 0;
  readonly statements: string[] = [];
  private keepText = false;

  /** Starts recording statement text too; returns a function that stops and hands back what was recorded. */
  record(): () => string[] {
    this.keepText = true;
    this.statements.length = 0;
    return () => {
      this.keepText = false;
      return [...this.statements];
    };
  }

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.count += 1;
    if (this.keepText) this.statements.push(query);
  }
  logQueryError(error: string | Error, query: string): void {
    console.error(`[sql] ${error instanceof Error ? error.message : error} in: ${query.slice(0, 200)}`);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') console.warn(`[typeorm] ${String(message)}`);
  }
}
