/** A demo-data command a subgraph ships, run at `step`: every step-1 seed finishes before any step-2 seed starts. */
export interface SeedStep {
  step: number;
  /** Relative to the subgraph's folder, after `pnpm build`. */
  script: string;
}

/**
 * Everything the rest of the repository needs to know about one subgraph. The dev stack, the gateway's subgraph
 * list and URLs, the test system, composition, the benchmark, vitest's aliases and docker-compose are all
 * derived from these; nothing else names a subgraph.
 */
export interface SubgraphDeclaration {
  /** The name in the supergraph, the audience of its tokens, and its folder under `subgraphs/`. */
  name: string;
  /** The workspace package (its `src/index.ts` exports `definition`). */
  package: string;
  /** The PostgreSQL schema it owns. */
  dbSchema: string;
  defaultPort: number;
  /** Demo data, in order with the other subgraphs' (the gateway's identity seed runs before step 1). */
  seeds: SeedStep[];
}

/** `care-planning` → `CARE_PLANNING`: the prefix of the subgraph's own environment variables. */
export function envPrefix(name: string): string {
  return name.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
}

/** The environment variables through which a subgraph's port and URL are set. */
export function envNames(name: string): { port: string; url: string } {
  const prefix = envPrefix(name);
  return { port: `${prefix}_PORT`, url: `${prefix}_URL` };
}
