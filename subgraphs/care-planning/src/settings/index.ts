import type { SubgraphModule } from '@lac/subgraph-kit';
import { LocalAuthoritySettingsRow } from './local-authority-settings.entity';
import { IroContactShown1795996800400 } from './migrations/2026-11-30-iro-contact-shown';
import { ReviewAfterPlacementChange1795996847100 } from './migrations/2026-11-30-review-after-placement-change';
import { SettingsHistory1795996805300 } from './migrations/2026-11-30-settings-history';
import { SettingsResolver } from './settings.resolver';

/**
 * A local authority's own timescales (its table comes with the reviews' meeting migration) and which of the IRO's
 * contacts families are shown.
 */
export const settings: SubgraphModule = {
  entities: [LocalAuthoritySettingsRow],
  resolvers: [SettingsResolver],
  migrations: [IroContactShown1795996800400, SettingsHistory1795996805300, ReviewAfterPlacementChange1795996847100],
};
