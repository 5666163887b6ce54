import {
  type ConfidentialFact,
  type Finding,
  type FreeTextField,
  confidentialFactsOf,
  currentCarers,
  redactText,
  screenMessage,
  seesEveryFact,
  screenText,
} from '@lac/access';
import { GraphQLError } from 'graphql';
import type { SubgraphContext } from './context';

/**
 * The free-text screen as a subgraph applies it (docs/security.md#free-text-screen): `screenFreeText` before a
 * save, `redactFreeText` on every read of a field a family reads. The rules are `@lac/access`'s; this file only
 * loads the facts (batched per request) and turns findings into the typed error.
 */

/** A child's confidential facts, every child asked for in one tick in one statement. */
export function confidentialFactsByChild(ctx: SubgraphContext) {
  return ctx.loaders.get<string, ConfidentialFact[]>('access.confidential_facts', async (ids) => {
    const byChild = await confidentialFactsOf(ctx.db, ids);
    return ids.map((id) => byChild.get(id) ?? []);
  });
}

/**
 * Refuses a save whose free text names a confidential fact a reader of that field may not see, before anything is
 * written: CONFIDENTIAL_FACT_IN_TEXT, its message naming each fact and field and the way out, `findings` listing
 * them for the form (the first field is also `field`, as for BAD_USER_INPUT).
 */
export async function screenFreeText(
  ctx: SubgraphContext,
  childId: string,
  fields: readonly FreeTextField[],
): Promise<void> {
  if (!fields.some((f) => f.text && f.readers.length > 0)) return;
  const [facts, carers] = await Promise.all([
    confidentialFactsByChild(ctx).load(childId),
    currentCarers(ctx.db, childId, ctx.today),
  ]);
  const findings = screenText(fields, facts, carers);
  if (findings.length > 0) throw confidentialFactInText(findings);
}

export function confidentialFactInText(findings: readonly Finding[]): GraphQLError {
  return new GraphQLError(screenMessage(findings), {
    extensions: {
      code: 'CONFIDENTIAL_FACT_IN_TEXT',
      field: findings[0].field,
      problem: 'CONFIDENTIAL_FACT',
      findings: findings.map(({ field, kind, what, found, start, end, message }) => ({
        field,
        kind,
        what,
        found,
        start,
        end,
        message,
      })),
    },
  });
}

/**
 * The text as the caller may read it: each confidential fact they may not see replaced by "[removed: …]" and
 * professionals-only passages dropped, for text saved before the screen existed. `null` stays `null`.
 */
export async function redactFreeText(
  ctx: SubgraphContext,
  childId: string,
  text: string | null,
): Promise<string | null> {
  if (text === null || text === '') return text;
  const relationship = await ctx.access.relationshipTo(childId);
  if (seesEveryFact(ctx.actor, relationship)) return text;
  return redactText(text, await confidentialFactsByChild(ctx).load(childId), ctx.actor, relationship);
}
