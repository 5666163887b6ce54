export { definition, startPlacements } from './subgraph';
export { endPlacement, startPlacement, type NewPlacement } from './placements/start-placement';
export { Placement } from './placements/placement.entity';
export { ApprovalType, ProviderKind, addHouseholdCarer } from './households';
export { createHousehold, type NewHousehold } from './households/create-household';
