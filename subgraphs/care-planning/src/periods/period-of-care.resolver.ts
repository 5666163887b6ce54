import { describeReasonEpisodeCeased } from '@lac/statutory';
import { FieldResolver, Resolver, Root } from 'type-graphql';
import { PeriodOfCare } from './period-of-care.entity';

@Resolver(() => PeriodOfCare)
export class PeriodOfCareResolver {
  @FieldResolver(() => String, { nullable: true, description: 'What the reason-episode-ceased code means' })
  reasonCeasedDescription(@Root() period: PeriodOfCare): string | null {
    return period.reasonCeased ? (describeReasonEpisodeCeased(period.reasonCeased) ?? period.reasonCeased) : null;
  }
}
