import { defineCodeList } from './code-list';

export type PlacementProviderCode = 'PR0' | 'PR1' | 'PR2' | 'PR3' | 'PR4' | 'PR5';

// PLACE_PROVIDER (DOMAIN.md §9.1).
const PLACEMENT_PROVIDER = defineCodeList<PlacementProviderCode>({
  PR0: 'Parent(s) or other person with parental responsibility',
  PR1: 'Own local authority provision',
  PR2: 'Other local authority provision',
  PR3: 'Other public provision',
  PR4: 'Private provision',
  PR5: 'Voluntary or third sector provision',
});

export const PLACEMENT_PROVIDER_CODES = PLACEMENT_PROVIDER.codes;
export const isPlacementProviderCode = PLACEMENT_PROVIDER.is;
export const describePlacementProvider = PLACEMENT_PROVIDER.describe;

// Temporary placements carry no provider (VALID rules 178/213; Z11-Z14 are treated like them, DOMAIN.md §9.1).
const NO_PROVIDER_TYPES = new Set(['T0', 'T1', 'T2', 'T3', 'T4', 'Z11', 'Z12', 'Z13', 'Z14']);

/**
 * Why a provider cannot go with a placement type, or null when it can. PR0 is only for P1 (VALID rule 550), and
 * a placement with a parent is provided by that parent.
 */
export function providerMismatch(provider: PlacementProviderCode | null, placementType: string): string | null {
  if (NO_PROVIDER_TYPES.has(placementType)) {
    return provider === null ? null : `A temporary placement (${placementType}) has no placement provider`;
  }
  if (provider === null) return `A ${placementType} placement needs a placement provider`;
  if (provider === 'PR0' && placementType !== 'P1') return 'PR0 (parent) is only for a placement with a parent (P1)';
  if (placementType === 'P1' && provider !== 'PR0') return 'A placement with a parent (P1) is provided by PR0';
  return null;
}
