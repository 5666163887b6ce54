import { defineSubgraph, startDefinedSubgraph, type RunningSubgraph, type SubgraphOptions } from '@lac/subgraph-kit';
import { children, resolveChildReference } from './children';
import { delegatedAuthority } from './delegated-authority';
import { placements } from './placements';

/** Placements' wiring: its module folders, and how the gateway reaches a Child here. */
export const definition = defineSubgraph({
  name: 'placements',
  dbSchema: 'placements',
  modules: [children, placements, delegatedAuthority],
  referenceResolvers: { Child: resolveChildReference },
});

export function startPlacements(options: Omit<SubgraphOptions, keyof typeof definition>): Promise<RunningSubgraph> {
  return startDefinedSubgraph(definition, options);
}
