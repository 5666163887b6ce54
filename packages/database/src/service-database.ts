import type { DataSource, MixedList } from 'typeorm';
import { createDataSource, migrate } from './data-source';
import { type ServiceGrant, privilegeProblems } from './roles';

export interface ServiceDatabaseOptions {
  /** The service's own connection (its DataSource, already created, not yet initialised). */
  dataSource: DataSource;
  /** The URL the service answers requests with: its own role (`lac_care_planning`, …). */
  url: string;
  /**
   * The owner's URL (`lac_owner`), used only to migrate and grant, on a connection closed before the service
   * answers anything. Without it the service migrates with its own URL, as a single-role development database does.
   */
  migrationUrl?: string;
  schema: string;
  entities: MixedList<Function>;
  migrations: MixedList<Function>;
  access: ServiceGrant['access'];
  /** Refuse to start as a superuser or as an owner of the service's tables (production); else allow it. */
  requireLeastPrivilege?: boolean;
}

/**
 * Migrates the service's schema as the owner, grants the service's role what it needs, and opens the service's own
 * connection — which must not be able to rewrite what it only appends to (docs/security.md, "Database roles").
 */
export async function openServiceDatabase(options: ServiceDatabaseOptions): Promise<void> {
  const { dataSource, url, migrationUrl, schema } = options;
  if (migrationUrl && migrationUrl !== url) {
    const owner = createDataSource({
      url: migrationUrl,
      schema,
      entities: options.entities,
      migrations: options.migrations,
      poolSize: 1,
    }).dataSource;
    await owner.initialize();
    try {
      const role = decodeURIComponent(new URL(url).username);
      await migrate(owner, migrationUrl, schema, role ? { role, access: options.access } : undefined);
    } finally {
      await owner.destroy();
    }
    await dataSource.initialize();
  } else {
    await dataSource.initialize();
    await migrate(dataSource, url, schema);
  }
  if (options.requireLeastPrivilege) {
    const problems = await privilegeProblems(dataSource, [schema, 'access', 'audit']);
    if (problems.length > 0) {
      await dataSource.destroy();
      throw new Error(
        `Refusing to start: ${problems.join('; ')}. Connect with the service's own role (docs/security.md, "Database roles").`,
      );
    }
  }
}
