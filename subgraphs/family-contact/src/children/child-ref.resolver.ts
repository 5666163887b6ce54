import { Sensitive, type SubgraphContext, childReference } from '@lac/subgraph-kit';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { visibleRows } from '../access/visible-rows';
import { ContactArrangement } from '../contact/arrangement.entity';
import { arrangementsByChild } from '../contact/loaders';
import { FamilyMember } from '../family/family-member.entity';
import { familyMembersByChild } from '../family/loaders';
import { cancellationPatternByChild, upcomingSessionsByChild } from '../sessions/loaders';
import { ContactSession } from '../sessions/session.entity';
import { ChildRef } from './child-ref.type';

@Resolver(() => ChildRef)
export class ChildRefResolver {
  @FieldResolver(() => [FamilyMember], {
    description: "The child's family network: parents, siblings (wherever they live), grandparents and others.",
  })
  @Sensitive('family_network')
  familyMembers(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<FamilyMember[]> {
    return familyMembersByChild(ctx).load(child.id);
  }

  @FieldResolver(() => [ContactArrangement], {
    description: 'How the child keeps in touch with their family, current and past, newest first.',
  })
  async contactArrangements(
    @Root() child: ChildRef,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactArrangement[]> {
    return visibleRows(ctx, await arrangementsByChild(ctx).load(child.id), 'contact_arrangements', info);
  }

  @FieldResolver(() => [ContactSession], {
    description:
      'Contact sessions still to come, soonest first: the carer sees them all (pick-up, drop-off), a parent their own.',
  })
  async upcomingContactSessions(
    @Root() child: ChildRef,
    @Ctx() ctx: SubgraphContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ContactSession[]> {
    return visibleRows(ctx, await upcomingSessionsByChild(ctx).load(child.id), 'contact_sessions', info);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Three contact sessions in a row cancelled under one arrangement: for the IRO’s caseload and child page.',
  })
  @Sensitive('contact_cancellation_pattern')
  contactCancellationPattern(@Root() child: ChildRef, @Ctx() ctx: SubgraphContext): Promise<boolean> {
    return cancellationPatternByChild(ctx).load(child.id);
  }
}

/** Every way into a child here goes through the policy, `_entities` included. */
export const resolveChildReference = childReference((id) => Object.assign(new ChildRef(), { id }));
