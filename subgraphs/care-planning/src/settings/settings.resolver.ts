import { mayPerformForAuthority } from '@lac/access';
import { type SubgraphContext, personById } from '@lac/subgraph-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ChallengeStage } from '../challenges/challenge.entity';
import { mustPerformForAuthority } from '../children/authority';
import { currentSettingsVersion, loadFullSettings, saveSettings } from './save-settings';
import { type IroContactShownEnum, LocalAuthoritySettingsInput, LocalAuthoritySettingsView } from './settings.types';

async function view(ctx: SubgraphContext, localAuthorityId: string): Promise<LocalAuthoritySettingsView> {
  const em = ctx.db.manager;
  const [settings, version, history] = await Promise.all([
    loadFullSettings(em, localAuthorityId),
    currentSettingsVersion(em, localAuthorityId),
    em.query<Array<{ version: number; changed_at: Date; changed_by: string; changes: string[] }>>(
      `SELECT version, changed_at, changed_by, changes FROM care_planning.local_authority_settings_history
        WHERE local_authority_id = $1 ORDER BY version DESC`,
      [localAuthorityId],
    ),
  ]);
  const people = await Promise.all(history.map((h) => personById(ctx).load(h.changed_by)));
  return Object.assign(new LocalAuthoritySettingsView(), {
    version,
    additionalReviewRestartsCycle: settings.additionalReviewRestartsCycle,
    decisionsWithinWorkingDays: settings.decisionsWithinWorkingDays,
    fullRecordWithinWorkingDays: settings.fullRecordWithinWorkingDays,
    iroContactShown: settings.iroContactShown as IroContactShownEnum,
    reviewAfterPlacementChangeWorkingDays: settings.reviewAfterPlacementChangeWorkingDays,
    challengeStages: settings.challengeStages.map((s) => Object.assign(new ChallengeStage(), s)),
    history: history.map((h, i) => ({
      version: h.version,
      changedAt: h.changed_at.toISOString(),
      changedBy: people[i],
      changes: h.changes,
    })),
  });
}

@Resolver()
export class SettingsResolver {
  @Query(() => LocalAuthoritySettingsView, {
    nullable: true,
    description: 'Your local authority’s settings and their history, if you manage them; null otherwise.',
  })
  async localAuthoritySettings(@Ctx() ctx: SubgraphContext): Promise<LocalAuthoritySettingsView | null> {
    const la = ctx.actor.localAuthorityId;
    if (!la || !mayPerformForAuthority(ctx.actor, 'manage_local_authority_settings', la)) return null;
    return view(ctx, la);
  }

  @Mutation(() => LocalAuthoritySettingsView, {
    description:
      'Changes your local authority’s settings (policy `manage_local_authority_settings`), as a new version.',
  })
  async updateLocalAuthoritySettings(
    @Arg('input') input: LocalAuthoritySettingsInput,
    @Ctx() ctx: SubgraphContext,
  ): Promise<LocalAuthoritySettingsView> {
    const la = mustPerformForAuthority(ctx, 'manage_local_authority_settings');
    await ctx.db.transaction((em) => saveSettings(em, la, input, ctx.actor.personId));
    return view(ctx, la);
  }
}
