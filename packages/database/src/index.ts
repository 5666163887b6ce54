export { createDataSource, migrate, type DataSourceOptions } from './data-source';
export { analyzeDatabase } from './analyze';
export { StatementCounter } from './statement-counter';
export {
  OWNER_ROLE,
  createRoles,
  demoPassword,
  grantServiceRights,
  privilegeProblems,
  serviceRole,
  urlForRole,
  type RoleUrls,
  type ServiceGrant,
} from './roles';
export {
  CROSS_SERVICE_FUNCTIONS,
  grantCrossServiceFunctions,
  type CrossServiceFunction,
} from './cross-service-functions';
export { openServiceDatabase, type ServiceDatabaseOptions } from './service-database';
export { verifyAuditChain, type AuditChainReport } from './audit-chain';
export { archiveAuditPartitions, type ArchiveOptions, type ArchivedPartition } from './audit-archive';
