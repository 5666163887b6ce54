import 'reflect-metadata';

export { readSubgraphConfig, type SubgraphConfig } from './config';
export { StatementCounter, createDataSource, migrate } from '@lac/database';
export { badInput, conflict, notFound, PUBLIC_ERROR_CODES, type InputProblem } from './errors';
export { Loaders, byKey, groupByKey } from './loaders';
export { AuditTrail, MAX_GROUP_REQUESTS, MAX_GROUP_ROWS } from './audit';
export { AccessGuard } from './guard';
export { createContext, type SubgraphContext } from './context';
export { Sensitive, type SensitiveSubject } from './sensitive';
export {
  FEDERATION_LINK,
  buildFederatedSchema,
  buildGuardedSchema,
  type ReferenceResolver,
  type SchemaDefinition,
} from './schema';
export { startSubgraph, stopOnSignals, type RunningSubgraph, type StartTask, type SubgraphOptions } from './server';
export { devToolsEnabled, landingPagePlugin } from './dev-tools';
export { SUBGRAPH_ARMOR, subgraphQueryLimits } from './query-limits';
export { DateScalar } from './scalars';
export { printSdl, printSdlMain, runSubgraphMain, subgraphConfig } from './main';
export { runSeedMain, type DemoSeed } from './seed-main';
export {
  defineSubgraph,
  startDefinedSubgraph,
  type SubgraphDefinition,
  type SubgraphInput,
  type SubgraphModule,
} from './define';
export { Person, personById } from './person';
export { appendOnly, appendOnlyNames, dropAppendOnly } from './append-only';
export { migrationClassName, migrationFileName } from './migration-names';
export { isUuid } from './ids';
export { auditKey, type FieldInfo } from './audit-key';
export { Related, hiddenValue, subjectOf } from './sensitive';
export { childItself, childReference, loadVisible, type ChildOf, type RowLoader } from './visible';
export { NO_CHILD, loadForAction } from './row-access';
export { ChildActions, ChildViewerCan, ChildVisibility, ViewerAudience } from './viewer-can';
export { confidentialFactInText, confidentialFactsByChild, redactFreeText, screenFreeText } from './free-text';
export { Idempotent, IdempotencyKey, idempotencyKeyReused, payloadHash } from './idempotency';
export { IDEMPOTENCY_KEYS_MIGRATION, idempotencyKeysMigration } from './migrations/2026-11-30-idempotency-keys';
