import { Sensitive, type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.entity';
import { heldReviewFactsByChild } from '../reviews/loaders';
import { CarePlanFlag, type CarePlanFlagCode, CarePlanVersion, CarePlanVersionSummary } from './care-plan.types';
import { carePlanFlags } from './flags';
import { redactCarePlan } from './free-text';
import { carePlanFlagFactsByChild, carePlanVersionsByChild } from './loaders';
import { type CarePlanVersionRow, savedOn, toCarePlanVersion } from './rows';
import { NOT_COMPUTED } from '../children/not-computed';

/**
 * Fills in who saved each version (every person asked for in one tick is one statement) and redacts its free text
 * for the caller, so every version a family member can open reads as the free-text screen would have let it.
 */
export async function withSavedBy(ctx: SubgraphContext, version: CarePlanVersion): Promise<CarePlanVersion> {
  version.savedBy = await personById(ctx).load(version.savedById);
  return redactCarePlan(ctx, version);
}

/**
 * The care plan on Child. Whoever may see any part of the plan (its arrangements: the widest label) gets the
 * version objects; each part is then labelled on CarePlanVersion, so a carer gets only the arrangements. Anyone
 * else gets null and [] — the same as a child with no plan.
 */
@Resolver(() => Child)
export class CarePlanChildResolver {
  @Sensitive('care_plan_arrangements')
  @FieldResolver(() => CarePlanVersion, {
    nullable: true,
    description: 'The current care plan; null when there is none.',
  })
  async carePlan(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<CarePlanVersion | null> {
    const versions = await this.versions(child, ctx);
    const current = versions.at(-1);
    return current ? withSavedBy(ctx, toCarePlanVersion(current)) : null;
  }

  @Sensitive('care_plan_arrangements')
  @FieldResolver(() => [CarePlanVersionSummary], { description: 'Every saved version of the care plan, newest first.' })
  async carePlanVersions(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<CarePlanVersionSummary[]> {
    const versions = await this.versions(child, ctx);
    return Promise.all(
      [...versions].reverse().map(async (v) =>
        Object.assign(new CarePlanVersionSummary(), {
          number: v.version_number,
          savedAt: v.saved_at.toISOString(),
          savedBy: await personById(ctx).load(v.saved_by),
        }),
      ),
    );
  }

  @Sensitive('care_plan_arrangements')
  @FieldResolver(() => CarePlanVersion, {
    nullable: true,
    description: 'One earlier (or the current) version, read-only.',
  })
  async carePlanVersion(
    @Root() child: Child,
    @Arg('number', () => Int) number: number,
    @Ctx() ctx: SubgraphContext,
  ): Promise<CarePlanVersion | null> {
    const version = (await this.versions(child, ctx)).find((v) => v.version_number === number);
    return version ? withSavedBy(ctx, toCarePlanVersion(version)) : null;
  }

  @Sensitive('care_plan_flags', { hidden: [] })
  @FieldResolver(() => [CarePlanFlag], {
    nullable: true,
    description: `The IRO’s care-plan flags; empty for anyone but professionals. ${NOT_COMPUTED}`,
  })
  async carePlanFlags(@Root() child: Child, @Ctx() ctx: SubgraphContext): Promise<CarePlanFlag[] | null> {
    const [reviews, { periodStart, versions }] = await Promise.all([
      heldReviewFactsByChild(ctx).load(child.id),
      carePlanFlagFactsByChild(ctx).load(child.id),
    ]);
    const flags = carePlanFlags({
      periods: periodStart ? [{ startDate: periodStart, endDate: null }] : [],
      reviewsHeld: reviews.map((r) => r.heldOn),
      // Only the current version's actions are read (flags.ts); the loader leaves the others' out.
      versions: versions.map((v) => ({
        savedOn: savedOn(v),
        content: { permanencePlan: v.permanence_plan, actions: v.actions ?? [] },
      })),
      today: ctx.today,
    });
    return flags.map((f) =>
      Object.assign(new CarePlanFlag(), { code: f.code as CarePlanFlagCode, message: f.message }),
    );
  }

  private async versions(child: Child, ctx: SubgraphContext): Promise<CarePlanVersionRow[]> {
    return carePlanVersionsByChild(ctx).load(child.id);
  }
}
