import { roleAudience } from '@lac/access';
import { type SubgraphContext, ViewerAudience, personById } from '@lac/subgraph-kit';
import { Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { ChildPage } from '../children/child-page.type';
import { listChildren } from '../children/list-children';
import { PageArgs, checkPage } from '../children/paging';

export enum Role {
  IRO = 'iro',
  IRO_MANAGER = 'iro_manager',
  SOCIAL_WORKER = 'social_worker',
  ADVOCATE = 'advocate',
  GUARDIAN = 'guardian',
  PARENT = 'parent',
  FOSTER_CARER = 'foster_carer',
  YOUNG_PERSON = 'young_person',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'The job someone signs in as; access still comes from relationships',
});

@ObjectType({ description: 'The person signed in.' })
export class Me {
  @Field(() => ID)
  id: string;

  // Resolved below, only when asked: the caseload asks for `me` without it, and its look-up was a statement of its own.
  @Field()
  displayName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => ViewerAudience, {
    description:
      'Which words the service speaks to you in across your children (the footer, the landing page); what you may see of a child still comes from Child.viewerCan',
  })
  audience: ViewerAudience;
}

@Resolver(() => Me)
export class MeResolver {
  @Query(() => Me)
  me(@Ctx() ctx: SubgraphContext): Me {
    return Object.assign(new Me(), {
      id: ctx.actor.personId,
      role: ctx.actor.role as Role,
      audience: roleAudience(ctx.actor.role) as ViewerAudience,
    });
  }

  @FieldResolver(() => String)
  async displayName(@Root() me: Me, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await personById(ctx).load(me.id))?.displayName ?? '';
  }

  @FieldResolver(() => ChildPage, { description: 'The children you are the allocated IRO for.' })
  async caseload(@Root() _me: Me, @Args() page: PageArgs, @Ctx() ctx: SubgraphContext): Promise<ChildPage> {
    const childIds = ctx.actor.relationships.filter((r) => r.kind === 'iro').map((r) => r.childId);
    return listChildren(ctx, { childIds, localAuthorityId: null }, checkPage(page), 'Child (caseload)');
  }
}
