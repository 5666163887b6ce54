import type { Route } from './+types/decisions';

/** What the decisions page's parts read: the loader's data as the route receives it, and what a refused form sent. */
export type DecisionsData = Route.ComponentProps['loaderData'];
export type Matrix = NonNullable<DecisionsData['matrix']>;
export type MatrixRow = Matrix['rows'][number];
export type FormValues = Record<string, string>;
export type FormErrors = ReadonlyArray<{ field: string; href: string; text: string }>;
