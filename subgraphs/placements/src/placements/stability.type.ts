import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How settled the child has been: the DfE placement-stability measures.' })
export class PlacementStability {
  @Field(() => Int, { description: 'Placements running at any time in the 12 months up to today' })
  placementsInLast12Months: number;

  @Field(() => Int, { nullable: true, description: 'Days since the current placement began; none without one' })
  currentPlacementDays: number | null;
}
