import type { SubgraphModule } from '@lac/subgraph-kit';
import { FamilyMember } from './family-member.entity';
import { FamilyMemberResolver } from './family-member.resolver';
import { FamilyNetwork1795996800000 } from './migrations/2026-11-30-family-network';
import { ParentsFromCarePlanning1795996800100 } from './migrations/2026-11-30-parents-from-care-planning';
import { FamilyMemberMutations } from './mutations.resolver';

/** The child's family network, who holds parental responsibility, and the `parent` relationship it grants. */
export const family: SubgraphModule = {
  entities: [FamilyMember],
  resolvers: [FamilyMemberResolver, FamilyMemberMutations],
  migrations: [FamilyNetwork1795996800000, ParentsFromCarePlanning1795996800100],
};
