import { oversightScope } from '@lac/access';
import { parseIsoDate } from '@lac/statutory';
import { Person, type SubgraphContext } from '@lac/subgraph-kit';
import { Ctx, Query, Resolver } from 'type-graphql';
import { localAuthorityById } from '../children/loaders';
import { CASELOAD_GUIDANCE } from './caseload-band';
import { loadOversightFacts } from './load-oversight';
import { type Counts, oversightFigures, percent } from './oversight-figures';
import { type CaseloadBandEnum, ChallengeStageCount, IroCaseload, Oversight, OversightCounts } from './oversight.type';

const toCounts = (c: Counts): OversightCounts =>
  Object.assign(new OversightCounts(), {
    children: c.children,
    overdueReviews: c.overdueReviews,
    dueSoonReviews: c.dueSoonReviews,
    reviewsHeldLast12Months: c.reviewsHeld,
    reviewsOnTime: c.reviewsOnTime,
    reviewsOnTimePercent: percent(c.reviewsOnTime, c.reviewsHeld),
    overdueReviewRecords: c.overdueRecords,
    driftingRecommendations: c.driftingRecommendations,
    openChallenges: c.openChallenges,
    overdueChallengeResponses: c.overdueChallengeResponses,
  });

@Resolver(() => Oversight)
export class OversightResolver {
  @Query(() => Oversight, {
    nullable: true,
    description: 'Your local authority’s caseload and review figures, if you oversee its IROs; null otherwise.',
  })
  async oversight(@Ctx() ctx: SubgraphContext): Promise<Oversight | null> {
    const localAuthorityId = oversightScope(ctx.actor);
    if (!localAuthorityId) return null;
    const localAuthority = await localAuthorityById(ctx).load(localAuthorityId);
    if (!localAuthority) return null;
    const facts = await loadOversightFacts(ctx.db, localAuthorityId, ctx.today);
    const figures = oversightFigures(
      facts.children,
      facts.iros.map((i) => i.id),
      parseIsoDate(ctx.today),
      {
        additionalReviewRestartsCycle: facts.settings.additionalReviewRestartsCycle,
      },
    );
    for (const { childId, error } of figures.notCounted) {
      // One line per child, so the data can be put right; the manager sees how many were left out.
      console.warn(
        `oversight: child ${childId} not counted: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
      );
    }
    const names = new Map(facts.iros.map((i) => [i.id, i.displayName]));
    return Object.assign(new Oversight(), {
      localAuthority,
      caseloadGuidance: `IRO Handbook: ${CASELOAD_GUIDANCE.min} to ${CASELOAD_GUIDANCE.max} children per full-time IRO`,
      totals: toCounts(figures.total),
      unallocatedChildren: figures.unallocated,
      childrenNotCounted: figures.notCounted.length,
      iros: figures.iros.map((f) =>
        Object.assign(new IroCaseload(), {
          iro: Object.assign(new Person(), { id: f.iroId, displayName: names.get(f.iroId) ?? '' }),
          band: f.band as CaseloadBandEnum,
          counts: toCounts(f),
        }),
      ),
      openChallengesByStage: figures.challengesByStage.map((s) =>
        Object.assign(new ChallengeStageCount(), { stage: s.stage, open: s.open, overdue: s.overdue }),
      ),
    });
  }
}
