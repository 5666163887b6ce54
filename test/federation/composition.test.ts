import { readFileSync } from 'node:fs';
import { definition as carePlanning } from '@lac/care-planning';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeApiSchema, composeSupergraph, subgraphSdlPath } from '@lac/gateway';
import { definition as placements } from '@lac/placements';
import { printSdl } from '@lac/subgraph-kit';
import { describe, expect, it } from 'vitest';

describe('the checked-in graph', () => {
  it.each([
    ['care-planning', carePlanning],
    ['placements', placements],
  ] as const)('%s schema.graphql is what the code builds (run `pnpm sdl` after changing a schema)', async (name, def) => {
    expect(readFileSync(subgraphSdlPath(name), 'utf8')).toBe(await printSdl(def));
  });

  it('supergraph.graphql is the composition of the subgraph files', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });

  it('api-schema.graphql, which the portal and the tests are typed against, is the composition\'s API schema', () => {
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composeApiSchema());
  });
});
