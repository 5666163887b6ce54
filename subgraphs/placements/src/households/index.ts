import type { SubgraphModule } from '@lac/subgraph-kit';
import { HouseholdChoicesResolver } from './household-choices.resolver';
import { HouseholdCarer } from './household-carer.entity';
import { Household } from './household.entity';
import { HouseholdResolver, PlacementHouseholdResolver } from './household.resolver';
import { Households1795996809410 } from './migrations/2026-11-30-households';
import { PlacementHousehold1795996809420 } from './migrations/2026-11-30-placement-household';
import { Provider } from './provider.entity';

export { addHouseholdCarer } from './carer-grants';
export { ApprovalType, ProviderKind } from './approval-type.enum';

/** Carers' households, their providers and carer accounts; a placement is with a household. */
export const households: SubgraphModule = {
  entities: [Household, HouseholdCarer, Provider],
  resolvers: [PlacementHouseholdResolver, HouseholdResolver, HouseholdChoicesResolver],
  migrations: [Households1795996809410, PlacementHousehold1795996809420],
};
