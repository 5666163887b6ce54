import { type AuthorityAction, mayPerformForAuthority } from '@lac/access';
import { type SubgraphContext, notFound } from '@lac/subgraph-kit';

/**
 * The caller's own local authority, when the policy lets them do `action` for it; otherwise "not found", as for a
 * record they cannot see (docs/security.md#relationships-not-roles).
 */
export function mustPerformForAuthority(ctx: SubgraphContext, action: AuthorityAction): string {
  const localAuthorityId = ctx.actor.localAuthorityId;
  if (!localAuthorityId || !mayPerformForAuthority(ctx.actor, action, localAuthorityId)) {
    throw notFound('LocalAuthority');
  }
  return localAuthorityId;
}
