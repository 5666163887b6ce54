import { defineSubgraph, startDefinedSubgraph, type RunningSubgraph, type SubgraphOptions } from '@lac/subgraph-kit';
import { children, resolveChildReference } from './children';
import { delegatedAuthority } from './delegated-authority';
import { households } from './households';
import { placementPlans } from './placement-plans';
import { placements } from './placements';
import { visits } from './visits';

/** Placements' wiring: its module folders, and how the gateway reaches a Child here. */
export const definition = defineSubgraph({
  name: 'placements',
  dbSchema: 'placements',
  modules: [children, placements, households, placementPlans, visits, delegatedAuthority],
  referenceResolvers: { Child: resolveChildReference },
});

export function startPlacements(options: Omit<SubgraphOptions, keyof typeof definition>): Promise<RunningSubgraph> {
  return startDefinedSubgraph(definition, options);
}
