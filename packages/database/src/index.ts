export { createDataSource, migrate, type DataSourceOptions } from './data-source';
export { StatementCounter } from './statement-counter';
