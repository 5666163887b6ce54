import { readFileSync } from 'node:fs';
import { API_SCHEMA_PATH, SUPERGRAPH_PATH, composeApiSchema, composeSupergraph, subgraphSdlPath } from '@lac/gateway';
import { SUBGRAPHS } from '@lac/registry';
import { printSdl } from '@lac/subgraph-kit';
import { describe, expect, it } from 'vitest';

describe('the checked-in graph', () => {
  // Every declared subgraph (packages/registry), each loaded through its own package's `definition`.
  it.each(SUBGRAPHS.map((s) => [s.name, s.package] as const))(
    '%s schema.graphql is what the code builds (run `pnpm sdl` after changing a schema)',
    async (name, pkg) => {
      const { definition } = (await import(pkg)) as { definition: Parameters<typeof printSdl>[0] };
      expect(definition, `${pkg} exports no definition`).toBeDefined();
      expect(readFileSync(subgraphSdlPath(name), 'utf8')).toBe(await printSdl(definition));
    },
  );

  it('the supergraph names exactly the declared subgraphs', () => {
    const joined = [...readFileSync(SUPERGRAPH_PATH, 'utf8').matchAll(/@join__graph\(name: "([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(joined.sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());
  });

  it('supergraph.graphql is the composition of the subgraph files', () => {
    expect(readFileSync(SUPERGRAPH_PATH, 'utf8')).toBe(composeSupergraph());
  });

  it("api-schema.graphql, which the portal and the tests are typed against, is the composition's API schema", () => {
    expect(readFileSync(API_SCHEMA_PATH, 'utf8')).toBe(composeApiSchema());
  });
});
