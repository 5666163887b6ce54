import type { SubgraphModule } from '@lac/subgraph-kit';
import { ChangeRequest } from './change-request.entity';
import { DelegatedAuthorityChildResolver } from './child.resolver';
import { Confirmation } from './confirmation.entity';
import { MatrixResolver, ChangeRequestResolver } from './matrix.resolver';
import { Matrix } from './matrix.entity';
import { MatrixVersion } from './matrix-version.entity';
import { DelegatedAuthorityMutations } from './mutations.resolver';
import { DelegatedAuthority1796068800000 } from './migrations/2026-11-30-delegated-authority';
import { DelegatedAuthorityVersions1796068801000 } from './migrations/2026-11-30-delegated-authority-versions';
import { DelegatedAuthorityRequests1796068802000 } from './migrations/2026-11-30-delegated-authority-requests';
import { DelegatedAuthorityConfirmations1796068803000 } from './migrations/2026-11-30-delegated-authority-confirmations';

export { DecisionArea, DecisionHolder } from './areas';
export { saveMatrix, normaliseEntries } from './save-matrix';
export { requestChange, decideRequest } from './change-requests';
export { defaultEntries } from './legal-status-rules';

/** Who may take which decisions about a child in a placement (DOMAIN.md §4; docs/decisions/0015-delegated-authority.md). */
export const delegatedAuthority: SubgraphModule = {
  entities: [Matrix, MatrixVersion, ChangeRequest, Confirmation],
  resolvers: [DelegatedAuthorityChildResolver, MatrixResolver, ChangeRequestResolver, DelegatedAuthorityMutations],
  migrations: [
    DelegatedAuthority1796068800000,
    DelegatedAuthorityVersions1796068801000,
    DelegatedAuthorityRequests1796068802000,
    DelegatedAuthorityConfirmations1796068803000,
  ],
};
