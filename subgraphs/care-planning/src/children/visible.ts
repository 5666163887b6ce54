import type { RelationshipKind } from '@lac/access';
import type { SubgraphContext } from '@lac/subgraph-kit';
import type { Child } from './child.entity';

export { isUuid } from '@lac/subgraph-kit';

/** A child the caller may see, with the read audited; otherwise null, exactly as if there were no such child. */
export async function visibleChild(ctx: SubgraphContext, child: Child | null, what: string): Promise<Child | null> {
  if (!child) return null;
  return (await ctx.access.read(child.id, what, child.localAuthorityId)) ? child : null;
}

/** Field resolvers re-ask the policy rather than trusting how the parent object was reached. */
export async function relationshipOrNull(ctx: SubgraphContext, child: Child): Promise<RelationshipKind | null> {
  return ctx.access.relationshipTo(child.id, child.localAuthorityId);
}
