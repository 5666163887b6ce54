import { describeEthnicity } from '@lac/statutory';
import { Sensitive } from '@lac/subgraph-kit';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { Child } from './child.entity';
import { ChildStatutoryDetails } from './statutory-details.type';

@Resolver(() => Child)
export class ChildStatutoryDetailsResolver {
  @Sensitive('child_statutory_details')
  @FieldResolver(() => ChildStatutoryDetails, {
    nullable: true,
    description:
      'Sex, ethnicity and UPN in SSDA903 codes: the professionals around the child only; null when none recorded.',
  })
  statutoryDetails(@Root() child: Child): ChildStatutoryDetails | null {
    // Nothing recorded reads as null, exactly as the field does for a caller who may not see it.
    if (child.sex === null && child.ethnicity === null && child.upn === null) return null;
    return {
      sex: child.sex,
      ethnicity: child.ethnicity,
      ethnicityDescription: child.ethnicity ? (describeEthnicity(child.ethnicity) ?? null) : null,
      upn: child.upn,
    };
  }
}
