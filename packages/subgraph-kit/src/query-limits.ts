import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Each subgraph bounds what it will run by itself, so a stolen internal token (valid for one subgraph, one minute)
 * cannot run unbounded queries against it directly. The gateway's limits (gateway/src/server.ts ARMOR) are the
 * tighter ones clients meet; these leave room for what the query planner adds to a client query on its way here
 * (the `_entities` wrapper and `... on Type` levels, `__typename`, aliases for conflicting fields, inlined
 * fragments) while still refusing a query no gateway plan would send.
 */
export const SUBGRAPH_ARMOR = {
  maxDepth: { n: 12 },
  maxAliases: { n: 15 },
  // Enforced by the parser (parseOptions in server.ts): a breach is a 400 parse error, not a plugin's 500.
  maxTokens: { n: 10_000, enabled: false },
  maxDirectives: { n: 50 },
  costLimit: { maxCost: 50_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 },
  blockFieldSuggestion: { enabled: true },
};

/** Validation rules and plugins for one subgraph's ApolloServer. */
export function subgraphQueryLimits(): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor(SUBGRAPH_ARMOR).protect();
}
