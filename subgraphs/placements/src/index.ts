export { definition, startPlacements } from './subgraph';
export { endPlacement, startPlacement, type NewPlacement } from './placements/start-placement';
export { Placement } from './placements/placement.entity';
