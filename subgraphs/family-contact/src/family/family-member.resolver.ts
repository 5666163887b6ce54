import { Person, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ChildRef } from '../children/child-ref.type';
import { FamilyMember } from './family-member.entity';

@Resolver(() => FamilyMember)
export class FamilyMemberResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Their person record, when they have one.' })
  person(@Root() member: FamilyMember, @Ctx() ctx: SubgraphContext): Promise<Person | null> | null {
    return member.personId ? personById(ctx).load(member.personId) : null;
  }

  /**
   * A sibling who is a child in the system, only when the caller stands in a relationship to that child too (siblings
   * in care often share an IRO): otherwise null, exactly as for a sibling not in the system. What the caller then
   * reads of them is decided again, field by field, by the subgraphs that own them.
   */
  @FieldResolver(() => ChildRef, {
    nullable: true,
    description: 'The sibling’s own record, when the caller may see it.',
  })
  async siblingChild(@Root() member: FamilyMember, @Ctx() ctx: SubgraphContext): Promise<ChildRef | null> {
    if (!member.siblingChildId) return null;
    if (!(await ctx.access.relationshipTo(member.siblingChildId))) return null;
    return Object.assign(new ChildRef(), { id: member.siblingChildId });
  }
}
