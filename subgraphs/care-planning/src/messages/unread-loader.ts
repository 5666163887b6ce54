import type { SubgraphContext } from '@lac/subgraph-kit';
import { childFactLoader } from '../children/child-facts';

/**
 * Per child, the young person's messages the allocated IRO has not read yet: read with the child's other facts in
 * one statement per request whatever the caseload's size (children/child-facts.ts, test/performance). Read against
 * the current IRO's own marker only, so another professional opening the messages changes nothing; with no marker
 * (or no IRO allocated) every message is unread.
 */
export function unreadMessagesByChild(ctx: SubgraphContext) {
  return childFactLoader(ctx, 'unreadMessages');
}
