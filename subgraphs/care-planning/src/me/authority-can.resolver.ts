import { mayPerformForAuthority } from '@lac/access';
import type { SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, Field, FieldResolver, ObjectType, Resolver } from 'type-graphql';
import { Me } from './me.resolver';

@ObjectType({ description: 'What you may do for your own local authority, from the one access policy.' })
export class AuthorityCan {
  @Field({ description: 'register_child: record a child coming into care' })
  registerChild: boolean;

  @Field({ description: 'manage_local_authority_settings: change the authority’s settings' })
  manageLocalAuthoritySettings: boolean;
}

@Resolver(() => Me)
export class AuthorityCanResolver {
  @FieldResolver(() => AuthorityCan, { description: 'So the portal offers only what the policy allows.' })
  authorityCan(@Ctx() ctx: SubgraphContext): AuthorityCan {
    const la = ctx.actor.localAuthorityId;
    return {
      registerChild: mayPerformForAuthority(ctx.actor, 'register_child', la),
      manageLocalAuthoritySettings: mayPerformForAuthority(ctx.actor, 'manage_local_authority_settings', la),
    };
  }
}
