import { type ConfidentialFact, recordConfidentialFacts } from '@lac/access';
import type { EntityManager } from 'typeorm';

/**
 * What free text must not tell a family about a placement (docs/decisions/0016-free-text-screen.md): its first
 * address line, its postcode and its carers' names, each owned by the placement's household. The second line too when it
 * is a numbered street ("Willow House", "3 Orchard Rise"): a house name's street is in line 2. A second line
 * without a number is usually a district, too wide to refuse on. Written with the
 * placement, in its transaction, to `access.confidential_facts`, where every subgraph's free-text screen reads it.
 */
export async function recordPlacementFacts(
  em: Pick<EntityManager, 'query'>,
  placement: {
    id: string;
    childId: string;
    carerPersonId: string | null;
    addressLine1: string;
    addressLine2: string | null;
    postcode: string;
  },
  carerNames: string | null | readonly string[],
): Promise<void> {
  const names = carerNames === null ? [] : typeof carerNames === 'string' ? [carerNames] : carerNames;
  const fact = (kind: ConfidentialFact['kind'], value: string): ConfidentialFact => ({
    childId: placement.childId,
    kind,
    value,
    ownerPersonId: placement.carerPersonId,
  });
  await recordConfidentialFacts(
    em,
    [
      fact('placement_address', placement.addressLine1),
      ...(placement.addressLine2 && /^\s*\d/.test(placement.addressLine2)
        ? [fact('placement_address', placement.addressLine2)]
        : []),
      fact('placement_postcode', placement.postcode),
      ...names.filter((n) => n.trim()).map((n) => fact('carer_name', n)),
    ],
    `placements:placement:${placement.id}`,
  );
}
