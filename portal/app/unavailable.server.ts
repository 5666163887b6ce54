import type { GraphQLErrorShape } from './gateway.server';

/**
 * Whether the part of the answer at `path` could not be loaded: an error at that path or under it (the gateway
 * gives up on a slow or stopped subgraph and names the field it was to fill, graph/unavailable.ts), or one with no
 * path at all, which could be about anything. The page then says that part is unavailable instead of letting a
 * null or an empty list read as "none".
 */
export function unavailableAt(errors: readonly GraphQLErrorShape[], path: readonly (string | number)[]): boolean {
  return errors.some(
    (e) => !e.path?.length || (e.path.length >= path.length && path.every((segment, i) => e.path?.[i] === segment)),
  );
}
