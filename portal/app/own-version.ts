import { ownOutcomeVersion, type Viewed } from './viewer';

type Version = { text: string } | null;
export type PublishedVersions = { childLetter: Version; parentVersion: Version; carerVersion: Version } | null;

/**
 * The published version of a review written for this reader (the young person's letter, the parent or the carer
 * version), as the graph returned it; null when there is nothing for them. A family is linked only to reviews where
 * this is not null.
 */
export function ownPublishedVersion(child: Viewed, outcome: PublishedVersions | undefined): { text: string } | null {
  const own = ownOutcomeVersion(child);
  if (!outcome || !own) return null;
  return own === 'child' ? outcome.childLetter : own === 'parent' ? outcome.parentVersion : outcome.carerVersion;
}
