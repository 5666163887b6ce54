import { defineSubgraph, startDefinedSubgraph, type RunningSubgraph, type SubgraphOptions } from '@lac/subgraph-kit';
import { children, resolveChildReference } from './children';
import { contact } from './contact';
import { family } from './family';
import { sessions } from './sessions';

/** Family-contact's wiring: its module folders, and how the gateway reaches a Child here. */
export const definition = defineSubgraph({
  name: 'family-contact',
  dbSchema: 'family_contact',
  modules: [children, family, contact, sessions],
  referenceResolvers: { Child: resolveChildReference },
});

export function startFamilyContact(options: Omit<SubgraphOptions, keyof typeof definition>): Promise<RunningSubgraph> {
  return startDefinedSubgraph(definition, options);
}
