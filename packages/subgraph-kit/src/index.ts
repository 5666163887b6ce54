import 'reflect-metadata';

export { readSubgraphConfig, type SubgraphConfig } from './config';
export { StatementCounter, createDataSource, migrate } from '@lac/database';
export { badInput, conflict, notFound, PUBLIC_ERROR_CODES, type InputProblem } from './errors';
export { Loaders, byKey, groupByKey } from './loaders';
export { AuditTrail } from './audit';
export { AccessGuard } from './guard';
export { createContext, type SubgraphContext } from './context';
export { Sensitive, type SensitiveSubject } from './sensitive';
export { FEDERATION_LINK, buildFederatedSchema, type ReferenceResolver, type SchemaDefinition } from './schema';
export { startSubgraph, stopOnSignals, type RunningSubgraph, type SubgraphOptions } from './server';
export { DateScalar } from './scalars';
export { printSdl, runSubgraphMain } from './main';
export { isUuid } from './ids';
export { auditKey, type FieldInfo } from './audit-key';
export { Related, hiddenValue, subjectOf } from './sensitive';
export { childItself, loadForAction, loadVisible, type ChildOf, type RowLoader } from './visible';
export { ChildActions, ChildViewerCan, ChildVisibility, ViewerAudience } from './viewer-can';
