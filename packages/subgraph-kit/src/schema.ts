import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { parse } from 'graphql';
import { type BuildSchemaOptions, type NonEmptyArray, buildSchema, createResolversMap } from 'type-graphql';
import type { SubgraphContext } from './context';
import { applyFieldGuards } from './field-guards';

export const FEDERATION_LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key", "@shareable", "@external", "@requires", "@provides"])';

/** `__resolveReference` is where the gateway asks for an entity by key; it must apply the policy like any root field. */
export type ReferenceResolver = (
  reference: Record<string, unknown>,
  context: SubgraphContext,
  info: GraphQLResolveInfo,
) => unknown;

export interface SchemaDefinition {
  resolvers: NonEmptyArray<Function>;
  orphanedTypes?: Function[];
  referenceResolvers?: Record<string, ReferenceResolver>;
}

/**
 * type-graphql's schema with the kit's field guards in place: the only way a `@Sensitive` or `@Related` field is
 * built, so that no schema of the kit's carries one unguarded.
 */
export async function buildGuardedSchema(options: BuildSchemaOptions): Promise<GraphQLSchema> {
  return applyFieldGuards(await buildSchema(options));
}

/** type-graphql has no federation support: build its schema, print it with directives, hand it to Apollo. */
export async function buildFederatedSchema(definition: SchemaDefinition): Promise<GraphQLSchema> {
  const schema = await buildGuardedSchema({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    skipCheck: true,
    // Access labels are applied by the kit's `@Sensitive` / `@Related` field guards (field-guards.ts), not
    // `@Authorized`; the guarded resolvers are what createResolversMap hands to Apollo below.
    validate: false,
  });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, resolve] of Object.entries(definition.referenceResolvers ?? {})) {
    resolvers[typeName] = { ...(resolvers[typeName] ?? {}), __resolveReference: resolve };
  }
  const typeDefs = parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)}`);
  return buildSubgraphSchema({ typeDefs, resolvers: resolvers as never });
}
