import { DateScalar } from '@lac/subgraph-kit';
import { Field, ID, ObjectType } from 'type-graphql';

/** The review booked next, as anyone around the child sees it: its date, time and venue (decision 9: dates are for all). */
@ObjectType({ description: 'When and where the next review is booked.' })
export class BookedReview {
  @Field(() => ID, { description: 'The planned review' })
  reviewId: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => String, { nullable: true, description: 'HH:MM (UK local time); null when only the date was booked' })
  time: string | null;

  @Field(() => String, { nullable: true })
  venue: string | null;
}
