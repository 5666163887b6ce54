import type { SubgraphDeclaration } from './declaration';

/** Every subgraph, in the order the stack starts them. Adding a subgraph adds one entry here. */
export const SUBGRAPHS: readonly SubgraphDeclaration[] = [
  {
    name: 'care-planning',
    package: '@lac/care-planning',
    dbSchema: 'care_planning',
    defaultPort: 4001,
    seeds: [
      { step: 1, script: 'dist/demo/seed-cli.js' },
      // The upcoming reviews invite the carer, whose relationship the placements seed (step 2) writes, and take the
      // parents' views, whose relationship the family-contact seed (step 3) writes.
      { step: 4, script: 'dist/demo/seed-upcoming-cli.js' },
    ],
  },
  {
    name: 'placements',
    package: '@lac/placements',
    dbSchema: 'placements',
    defaultPort: 4002,
    seeds: [{ step: 2, script: 'dist/demo/seed-cli.js' }],
  },
  {
    name: 'family-contact',
    package: '@lac/family-contact',
    dbSchema: 'family_contact',
    defaultPort: 4003,
    // The demo family records the parents of care-planning's children (step 1) and arranges contact around the carers
    // (step 2).
    seeds: [{ step: 3, script: 'dist/demo/seed-cli.js' }],
  },
];

export function declarationOf(name: string): SubgraphDeclaration {
  const found = SUBGRAPHS.find((s) => s.name === name);
  if (!found) throw new Error(`No subgraph is declared as ${name} (packages/registry/src/subgraphs.ts)`);
  return found;
}
