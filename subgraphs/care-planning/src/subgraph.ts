import { defineSubgraph, startDefinedSubgraph, type RunningSubgraph, type SubgraphOptions } from '@lac/subgraph-kit';
// type-graphql prints types and fields in the order their classes were decorated, that is in import order: keep
// this order (the one from before the module folders) so schema.graphql does not move. A new module goes last.
import { allocations } from './allocations';
import { carePlans } from './care-plans';
import { children, resolveChildReference } from './children';
import { legalStatus } from './legal-status';
import { me } from './me';
import { oversight } from './oversight';
import { periods } from './periods';
import { recommendations } from './recommendations';
import { reviews } from './reviews';
import { settings } from './settings';
import { messages } from './messages';
import { challenges } from './challenges';
import { recomputeForCalendarOnStart } from './reviews/calendar-change';

/** Care-planning's wiring: its module folders, and how the gateway reaches a Child here. */
export const definition = defineSubgraph({
  name: 'care-planning',
  dbSchema: 'care_planning',
  modules: [
    children,
    periods,
    legalStatus,
    allocations,
    me,
    oversight,
    carePlans,
    recommendations,
    reviews,
    settings,
    messages,
    challenges,
  ],
  referenceResolvers: { Child: resolveChildReference },
  // Stored due dates computed with an older bank-holiday calendar are worked out again (decision 0021).
  onStart: recomputeForCalendarOnStart,
});

export function startCarePlanning(options: Omit<SubgraphOptions, keyof typeof definition>): Promise<RunningSubgraph> {
  return startDefinedSubgraph(definition, options);
}
