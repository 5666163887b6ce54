import { createHash } from 'node:crypto';
import { PLATFORM_MIGRATIONS } from '@lac/access';
import { types } from 'pg';
import { DataSource, type MixedList } from 'typeorm';

// A DATE column is a calendar day: keep it as 'YYYY-MM-DD' instead of letting pg turn it into a UTC midnight.
types.setTypeParser(types.builtins.DATE, (value) => value);
import { grantCrossServiceFunctions } from './cross-service-functions';
import { type ServiceGrant, grantServiceRights } from './roles';
import { StatementCounter } from './statement-counter';

export interface DataSourceOptions {
  url: string;
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  poolSize?: number;
  statementTimeoutMs?: number;
}

/** The service's own schema; `synchronize` is never on, the schema only changes through migrations. */
export function createDataSource(options: DataSourceOptions): { dataSource: DataSource; statements: StatementCounter } {
  const statements = new StatementCounter();
  const dataSource = new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: statements,
    logging: ['query', 'error'],
    invalidWhereValuesBehavior: { null: 'throw', undefined: 'throw' },
    poolSize: options.poolSize ?? 10,
    extra: { statement_timeout: options.statementTimeoutMs ?? 10_000, application_name: options.schema },
  });
  return { dataSource, statements };
}

function lockKey(name: string): string {
  return BigInt.asIntN(64, BigInt(`0x${createHash('sha256').update(name).digest('hex').slice(0, 16)}`)).toString();
}

/**
 * Runs the shared access/audit migrations and then the service's own, holding an advisory lock so services
 * starting together never race on the shared schemas. `dataSource` and `url` connect as the role that owns the
 * schemas (`lac_owner`, see roles.ts); with `grant`, the owner then gives the service's own role its rights on
 * what the migrations made.
 */
export async function migrate(
  dataSource: DataSource,
  url: string,
  schema: string,
  grant?: Omit<ServiceGrant, 'schema'>,
): Promise<void> {
  if (!dataSource.isInitialized) await dataSource.initialize();
  const platform = new DataSource({
    type: 'postgres',
    url,
    schema: 'access',
    migrations: PLATFORM_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
  });
  await platform.initialize();
  // A session-level lock: hold it on one dedicated connection for the whole run.
  const holder = platform.createQueryRunner();
  await holder.connect();
  const lock = lockKey('lac-migrations');
  try {
    await holder.query('SELECT pg_advisory_lock($1)', [lock]);
    await holder.query('CREATE SCHEMA IF NOT EXISTS access');
    await platform.runMigrations({ transaction: 'each' });
    // The audit's months ahead (docs/security.md, "Audit"): every start keeps a year of partitions ready.
    await holder.query(
      `SELECT audit.ensure_read_partitions(12) WHERE to_regprocedure('audit.ensure_read_partitions(int)') IS NOT NULL`,
    );
    await platform.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await dataSource.runMigrations({ transaction: 'each' });
    if (grant) {
      await grantServiceRights(holder, { ...grant, schema });
      // Whichever service migrates last finds both ends of a cross-service function (decision 0026).
      await grantCrossServiceFunctions(holder);
    }
  } finally {
    await holder.query('SELECT pg_advisory_unlock($1)', [lock]).catch(() => undefined);
    await holder.release();
    await platform.destroy();
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe schema name: ${name}`);
  return `"${name}"`;
}
