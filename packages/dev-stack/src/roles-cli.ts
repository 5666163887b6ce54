import { createRoles, serviceRole } from '@lac/database';
import { SUBGRAPHS } from '@lac/registry';

/**
 * `ADMIN_DATABASE_URL=… node packages/dev-stack/dist/roles-cli.js`: creates the owner role and one role per service
 * (the gateway, the portal's session store and every declared subgraph) on that server and database, with the passwords `<ROLE>_PASSWORD` gives
 * (else the role's name: demo only). docker-compose's setup job runs it; on a real server an administrator may run
 * it once, or create the same roles by hand (docs/security.md, "Database roles").
 */
async function main(): Promise<void> {
  const adminUrl = process.env.ADMIN_DATABASE_URL;
  if (!adminUrl) throw new Error('Set ADMIN_DATABASE_URL (a role that may create roles), used for nothing else');
  const services = ['gateway', 'portal', ...SUBGRAPHS.map((s) => s.name)];
  await createRoles(adminUrl, services, {
    handOver: ['access', 'audit', 'identity', 'portal', ...SUBGRAPHS.map((s) => s.dbSchema)],
  });
  console.log(`roles ready: lac_owner (migrations), ${services.map(serviceRole).join(', ')}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
