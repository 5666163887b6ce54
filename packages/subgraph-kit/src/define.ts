import { declarationOf } from '@lac/registry';
import type { NonEmptyArray } from 'type-graphql';
import { idempotencyKeysMigration } from './migrations/2026-11-30-idempotency-keys';
import type { ReferenceResolver } from './schema';
import { type RunningSubgraph, type StartTask, type SubgraphOptions, startSubgraph } from './server';

/**
 * One folder of a subgraph's domain (children, reviews, placements, …): what it adds to the database, the entity
 * list and the schema. Its `index.ts` exports one of these; the subgraph's wiring file lists the folders.
 */
export interface SubgraphModule {
  entities?: Function[];
  resolvers?: Function[];
  /** In the order they run; a folder's migrations are ordered by their timestamps across all folders. */
  migrations?: Function[];
  /** Types the schema must hold though no field returns them directly (e.g. an entity known only by key). */
  orphanedTypes?: Function[];
}

export interface SubgraphInput {
  /** As declared in `@lac/registry`: the name in the supergraph and the audience of its tokens. */
  name: string;
  /** Its PostgreSQL schema; must match the declaration. */
  dbSchema: string;
  modules: SubgraphModule[];
  referenceResolvers?: Record<string, ReferenceResolver>;
  orphanedTypes?: Function[];
  /** Work on its own rows after each start, once it answers (see `StartTask`); most subgraphs have none. */
  onStart?: StartTask;
}

/** What `startSubgraph` needs besides configuration, and what the test system and the migration test read. */
export interface SubgraphDefinition {
  name: string;
  schema: string;
  entities: Function[];
  migrations: Function[];
  resolvers: NonEmptyArray<Function>;
  orphanedTypes: Function[];
  referenceResolvers: Record<string, ReferenceResolver>;
  onStart?: StartTask;
}

/** TypeORM runs migrations sorted by the timestamp at the end of the class name; sort the same way here. */
function timestampOf(migration: Function): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match) throw new Error(`Migration ${migration.name} has no 13-digit timestamp at the end of its class name`);
  return Number(match[1]);
}

/** Concatenates a subgraph's module folders into its definition, checked against its declaration. */
export function defineSubgraph(input: SubgraphInput): SubgraphDefinition {
  const declared = declarationOf(input.name);
  if (declared.dbSchema !== input.dbSchema) {
    throw new Error(`${input.name} is declared with schema ${declared.dbSchema} but defined with ${input.dbSchema}`);
  }
  const all = (pick: (m: SubgraphModule) => Function[] | undefined) => input.modules.flatMap((m) => pick(m) ?? []);
  const resolvers = all((m) => m.resolvers);
  if (resolvers.length === 0) throw new Error(`${input.name} has no resolvers`);
  // the kit's own tables come with every subgraph (idempotency.ts), ordered among its migrations by date
  const migrations = [...all((m) => m.migrations), idempotencyKeysMigration(input.dbSchema)]
    .map((m) => ({ m, at: timestampOf(m) }))
    .sort((a, b) => a.at - b.at)
    .map(({ m }) => m);
  const names = migrations.map((m) => m.name);
  const repeated = names.find((n, i) => names.indexOf(n) !== i);
  if (repeated) throw new Error(`${input.name} lists migration ${repeated} twice`);
  return {
    name: input.name,
    schema: input.dbSchema,
    entities: all((m) => m.entities),
    migrations,
    resolvers: resolvers as NonEmptyArray<Function>,
    orphanedTypes: [...all((m) => m.orphanedTypes), ...(input.orphanedTypes ?? [])],
    referenceResolvers: input.referenceResolvers ?? {},
    ...(input.onStart ? { onStart: input.onStart } : {}),
  };
}

/** The subgraph in this process, e.g. in the test system: its definition plus database, key and port. */
export function startDefinedSubgraph(
  definition: SubgraphDefinition,
  options: Omit<SubgraphOptions, keyof SubgraphDefinition>,
): Promise<RunningSubgraph> {
  return startSubgraph({ ...definition, ...options });
}
