import { DateScalar } from '@lac/subgraph-kit';
import { Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { Child } from './child.entity';

/** The child as the gateway hands it over for `nextReview`: with placements' fact beside care-planning's row. */
export type ChildWithPlacementChange = Child & { lastPlacementChange?: string | null };

/**
 * Placements owns `Child.lastPlacementChange` and its access rule; care-planning only declares it so that
 * `nextReview` can `@requires` it (docs/decisions/0022): the gateway fetches it from placements under the caller's
 * own token and passes it in the representation. Never resolved here for a client.
 */
@Resolver(() => Child)
export class PlacementChangeResolver {
  @Directive('@external')
  @FieldResolver(() => DateScalar, {
    nullable: true,
    description: 'When the child last moved from one placement to another (owned by placements)',
  })
  lastPlacementChange(@Root() child: ChildWithPlacementChange): string | null {
    return child.lastPlacementChange ?? null;
  }
}

/** Keeps the required field from the gateway's representation on the child loaded through the policy. */
export function withRequiredFields(child: Child | null, reference: Record<string, unknown>): Child | null {
  if (!child || !('lastPlacementChange' in reference)) return child;
  const moved = reference.lastPlacementChange;
  // A copy: the loaded row is shared through the request's DataLoader cache.
  return Object.assign(Object.create(Object.getPrototypeOf(child) as object) as Child, child, {
    lastPlacementChange: typeof moved === 'string' ? moved : null,
  });
}
