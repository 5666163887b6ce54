import { graphql } from '../../../graphql/generated';
import type { ViewerFragment } from '../../../graphql/generated/graphql';
import { auth } from '../../../services.server';
import type { SessionRoute } from '../../../session-route.server';
import { marksMessagesRead } from '../../../viewer';

const MARK_READ = graphql(`
  mutation MarkIroMessagesRead($messageId: ID!) {
    markIroMessagesRead(messageId: $messageId) {
      id
    }
  }
`);

/**
 * Opening the child's messages is the IRO's read receipt, sent by the page's loader rather than a "Mark as read"
 * button: the IRO has read what the page shows them, and a button they forget would leave the caseload's unread
 * signal saying the child is still waiting to be read. It marks up to the newest message this page shows (not
 * "now"), so a message arriving while the page loads stays unread. Only a reader the graph says has a marker (the
 * IRO) sends it; a failed receipt is logged and the page still shows, since reading must not depend on it.
 */
export async function markReadUpTo(
  request: Request,
  session: SessionRoute,
  child: ViewerFragment & { iroMessages: ReadonlyArray<{ id: string }> },
): Promise<void> {
  const newest = child.iroMessages.at(-1);
  if (!newest || !marksMessagesRead(child)) return;
  const { errors } = await auth().mutate(request, session.signedIn, MARK_READ, { messageId: newest.id });
  if (errors.length > 0) {
    console.error(
      'portal: read receipt failed',
      errors.map((e) => e.extensions?.code ?? 'no code'),
    );
  }
}
