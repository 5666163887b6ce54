import { DateScalar, type SubgraphContext, redactFreeText } from '@lac/subgraph-kit';
import { Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';

/** The review booked next, as anyone around the child sees it: its date, time and venue (decision 9: dates are for all). */
@ObjectType({ description: 'When and where the next review is booked.' })
export class BookedReview {
  @Field(() => ID, { description: 'The planned review' })
  reviewId: string;

  /** Whose review: the venue is screened against this child's confidential facts on read. */
  childId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String, { nullable: true, description: 'HH:MM (UK local time); null when only the date was booked' })
  time: string | null;

  /** Read through BookedReviewResolver.venue, never directly: the venue is free text the family reads. */
  venue: string | null;
}

@Resolver(() => BookedReview)
export class BookedReviewResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Where the review is held; anything in it that would say where the child lives is removed for the family',
  })
  venue(@Root() booked: BookedReview, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    return redactFreeText(ctx, booked.childId, booked.venue);
  }
}
