import { type RunningSubgraph, type SubgraphOptions, startSubgraph } from '@lac/subgraph-kit';
import { ChildRefResolver, resolveChildReference } from './children/child-ref.resolver';
import { ChildRef } from './children/child-ref.type';
import { Placements1795000002000 } from './migrations/1795000002000-Placements';
import { PlacementMutations } from './placements/mutations.resolver';
import { Placement } from './placements/placement.entity';
import { PlacementResolver } from './placements/placement.resolver';

export const SUBGRAPH_NAME = 'placements';
export const DEFAULT_PORT = 4002;

export const definition = {
  name: SUBGRAPH_NAME,
  schema: 'placements',
  entities: [Placement],
  migrations: [Placements1795000002000],
  resolvers: [ChildRefResolver, PlacementResolver, PlacementMutations] as [Function, ...Function[]],
  orphanedTypes: [ChildRef],
  referenceResolvers: { Child: resolveChildReference as never },
};

export function startPlacements(options: Omit<SubgraphOptions, keyof typeof definition>): Promise<RunningSubgraph> {
  return startSubgraph({ ...definition, ...options });
}
