import type { Route } from './+types/placement';

/** What the placement page's parts read: the loader's data as the route receives it. */
export type PlacementData = Route.ComponentProps['loaderData'];
export type CurrentPlacement = NonNullable<PlacementData['current']>;
