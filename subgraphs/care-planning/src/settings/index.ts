import type { SubgraphModule } from '@lac/subgraph-kit';
import { LocalAuthoritySettingsRow } from './local-authority-settings.entity';

/** A local authority's own timescales (its table comes with the reviews' meeting migration). */
export const settings: SubgraphModule = { entities: [LocalAuthoritySettingsRow] };
