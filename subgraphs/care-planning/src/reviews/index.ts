import type { SubgraphModule } from '@lac/subgraph-kit';
// In this order, the order they were imported in before the module folders, so the printed SDL did not move.
import { ChildReviewsResolver } from './child-reviews.resolver';
import { ReviewMeetings1795000001200 } from './migrations/1795000001200-ReviewMeetings';
import { ReviewPlannedTime1795996801210 } from './migrations/2026-11-30-review-planned-time';
import { ReviewSchedule1796068804000 } from './migrations/2026-11-30-review-schedule';
import { ReviewTimeliness1796068805000 } from './migrations/2026-11-30-review-timeliness';
import { PlacementChanges1796155260100 } from './migrations/2026-12-01-placement-changes';
import { ReviewTimelinessCalendar1796158807300 } from './migrations/2026-12-01-review-timeliness-calendar';
import { ReviewOutcomeResolver } from './outcome.resolver';
import { ReviewDecision } from './review-decision.entity';
import { ReviewPublication } from './review-publication.entity';
import { ReviewInvitation } from './review-invitation.entity';
import { BookedReviewResolver } from './booked-review.type';
import { ReviewMutations } from './review-mutations.resolver';
import { ReviewViews } from './review-views.entity';
import { ReviewInvitationResolver, ReviewResolver, ReviewViewsResolver } from './review.resolver';
import { Review } from './review.entity';

/** Statutory reviews: scheduling, invitations and views, the meeting record and its published outcome. */
export const reviews: SubgraphModule = {
  entities: [Review, ReviewDecision, ReviewInvitation, ReviewViews, ReviewPublication],
  resolvers: [
    ChildReviewsResolver,
    ReviewResolver,
    ReviewViewsResolver,
    ReviewInvitationResolver,
    ReviewMutations,
    ReviewOutcomeResolver,
    BookedReviewResolver,
  ],
  migrations: [
    ReviewMeetings1795000001200,
    ReviewPlannedTime1795996801210,
    ReviewSchedule1796068804000,
    ReviewTimeliness1796068805000,
    PlacementChanges1796155260100,
    ReviewTimelinessCalendar1796158807300,
  ],
};
