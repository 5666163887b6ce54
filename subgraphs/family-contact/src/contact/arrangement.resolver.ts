import { Person, Sensitive, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { FamilyMember } from '../family/family-member.entity';
import { familyMemberById } from '../family/loaders';
import { ContactArrangementChange } from './arrangement-change.entity';
import { ContactArrangement } from './arrangement.entity';
import { historyByArrangement } from './loaders';
import { redactTerms } from './free-text';
import { ContactTerms } from './terms';

@Resolver(() => ContactArrangement)
export class ContactArrangementResolver {
  @FieldResolver(() => ContactTerms)
  terms(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<ContactTerms> {
    return redactTerms(ctx, arrangement.childId, arrangement.terms());
  }

  @FieldResolver(() => FamilyMember, { nullable: true, description: 'Who the child keeps in touch with.' })
  familyMember(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<FamilyMember | null> {
    return familyMemberById(ctx).load(arrangement.familyMemberId);
  }

  @FieldResolver(() => [ContactArrangementChange], {
    description: 'Every version, oldest first: how the plan evolved.',
  })
  @Sensitive('contact_arrangement_history')
  history(@Root() arrangement: ContactArrangement, @Ctx() ctx: SubgraphContext): Promise<ContactArrangementChange[]> {
    return historyByArrangement(ctx).load(arrangement.id);
  }
}

@Resolver(() => ContactArrangementChange)
export class ContactArrangementChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who saved this version.' })
  changedBy(@Root() change: ContactArrangementChange, @Ctx() ctx: SubgraphContext): Promise<Person | null> {
    return personById(ctx).load(change.changedBy);
  }
}
