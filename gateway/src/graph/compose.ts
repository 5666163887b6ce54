import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { SUBGRAPHS } from '@lac/registry';
import { parse, printSchema } from 'graphql';
import { defaultSubgraphUrl } from '../config';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SUPERGRAPH_PATH = path.join(REPO_ROOT, 'gateway', 'supergraph.graphql');
/** The schema clients see (no federation machinery): what the portal's and the tests' operations are typed against. */
export const API_SCHEMA_PATH = path.join(REPO_ROOT, 'gateway', 'api-schema.graphql');

export function subgraphSdlPath(name: string): string {
  return path.join(REPO_ROOT, 'subgraphs', name, 'schema.graphql');
}

/** Every declared subgraph (packages/registry), each from the SDL file its own build prints. */
function compose() {
  const result = composeServices(
    SUBGRAPHS.map((s) => ({
      name: s.name,
      // The supergraph's default; the running gateway uses `<PREFIX>_URL` (config.ts).
      url: defaultSubgraphUrl(s.defaultPort),
      typeDefs: parse(readFileSync(subgraphSdlPath(s.name), 'utf8')),
    })),
  );
  if (result.errors) throw new Error(`Composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result;
}

/** Composes the checked-in subgraph SDL files; fails loudly with every composition error. */
export function composeSupergraph(): string {
  return compose().supergraphSdl;
}

/** The API schema of that composition, printed the way graphql-js prints any schema. */
export function composeApiSchema(): string {
  return `${printSchema(compose().schema.toAPISchema().toGraphQLJSSchema())}\n`;
}
