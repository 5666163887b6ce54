import type { FreeTextField, FreeTextReader, OutcomeAudience } from '@lac/access';
import { type SubgraphContext, redactFreeText } from '@lac/subgraph-kit';
import { ReviewDecision } from './review-decision.entity';
import type { ReviewOutcome } from './outcome.resolver';
import type { OutcomeInput } from './publish-outcome';

/** Each published version's reader in the family (OUTCOME_AUDIENCES): the professionals read all three. */
const READER: Record<OutcomeAudience, FreeTextReader> = { child: 'self', parent: 'parent', carer: 'carer' };

const VERSIONS = [
  { audience: 'child', text: 'childLetter', ids: 'childDecisionIds', name: 'the letter to the child' },
  { audience: 'parent', text: 'parentSummary', ids: 'parentDecisionIds', name: 'the parent version' },
  { audience: 'carer', text: 'carerSummary', ids: 'carerDecisionIds', name: 'the carer version' },
] as const;

/**
 * The outcome's free text and who reads it: each version's text, and each decision shared in it (a decision is
 * recorded for the professionals; shared, it is read by that version's audience).
 */
export function outcomeFreeText(input: OutcomeInput, decisions: readonly ReviewDecision[]): FreeTextField[] {
  return VERSIONS.flatMap((v) => {
    const readers = [READER[v.audience]];
    // Decisions are published only with their version's text (publishReviewOutcome drops them otherwise).
    const shared = (input[v.text]?.trim() ? input[v.ids] : []).flatMap((id, i) => {
      const decision = decisions.find((d) => d.id === id);
      return decision
        ? [{ field: `${v.ids}.${i}`, name: `decision ${decision.position} in ${v.name}`, text: decision.text, readers }]
        : [];
    });
    return [{ field: v.text, name: v.name, text: input[v.text], readers }, ...shared];
  });
}

/** A published outcome as the caller may read it: text published before the screen is redacted. */
export async function redactOutcome(
  ctx: SubgraphContext,
  childId: string,
  outcome: ReviewOutcome,
): Promise<ReviewOutcome> {
  const redact = async (text: string) => (await redactFreeText(ctx, childId, text)) ?? '';
  const version = async (v: ReviewOutcome['childLetter']) =>
    v && {
      text: await redact(v.text),
      decisions: await Promise.all(
        v.decisions.map(async (d) => Object.assign(new ReviewDecision(), d, { text: await redact(d.text) })),
      ),
    };
  return {
    ...outcome,
    childLetter: await version(outcome.childLetter),
    parentVersion: await version(outcome.parentVersion),
    carerVersion: await version(outcome.carerVersion),
  };
}

/** A review's venue: anyone related to the child reads it (`Child.reviews` is @Related), the family included. */
export function venueFreeText(venue: string | null | undefined): FreeTextField[] {
  return [{ field: 'venue', name: 'the venue', text: venue, readers: ['parent', 'carer', 'self'] }];
}
