import { redirect } from 'react-router';
import { IroView, YoungPersonView } from './message-views';
import type { Route } from './+types/messages';
import { formatDate } from '../../../format.server';
import { type FormError, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { newFormKey, postedFormKey } from '../../../idempotency-key.server';
import { withSession } from '../../../session-route.server';
import { canMessageIro, seesIroMessages } from '../../../viewer';
import { markReadUpTo } from './read-receipt.server';

// The child's private channel to their IRO. The young person and their IRO each get their own page here; anyone
// else gets "Page not found", as for a child that does not exist.

const MESSAGES_QUERY = graphql(`
  query ChildMessages($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      iro {
        displayName
      }
      iroChannel {
        open
        reason
      }
      iroMessages {
        id
        body
        sentAt
        replies {
          id
          body
          sentAt
        }
        sharedForSafeguarding {
          reason
          on
          by {
            displayName
          }
        }
      }
    }
  }
`);

const SEND = graphql(`
  mutation Send($childId: ID!, $body: String!, $idempotencyKey: String) {
    sendMessageToIro(childId: $childId, body: $body, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);
const REPLY = graphql(`
  mutation Reply($messageId: ID!, $body: String!, $idempotencyKey: String) {
    replyToChild(messageId: $messageId, body: $body, idempotencyKey: $idempotencyKey) {
      id
    }
  }
`);
const SHARE = graphql(`
  mutation Share($messageId: ID!, $reason: String!) {
    shareMessageForSafeguarding(messageId: $messageId, reason: $reason) {
      id
    }
  }
`);
const OPEN = graphql(`
  mutation Open($childId: ID!) {
    enableIroChannel(childId: $childId) {
      id
    }
  }
`);

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const { child } = await session.child(MESSAGES_QUERY, { id });
  if (!seesIroMessages(child)) throw session.notFound();
  await markReadUpTo(request, session, child);
  return session.reply({
    csrfToken: session.csrfToken,
    formKey: newFormKey(),
    view: canMessageIro(child) ? ('young-person' as const) : ('iro' as const),
    childId: child.id,
    givenName: child.givenName,
    name: `${child.givenName} ${child.familyName}`,
    iro: child.iro?.displayName ?? null,
    channel: child.iroChannel,
    sent: new URL(request.url).searchParams.get('sent'),
    messages: [...child.iroMessages].reverse().map((m) => ({
      id: m.id,
      body: m.body ?? '',
      sentOn: formatDate(m.sentAt),
      replies: m.replies.map((r) => ({ id: r.id, body: r.body ?? '', sentOn: formatDate(r.sentAt) })),
      shared: m.sharedForSafeguarding && {
        reason: m.sharedForSafeguarding.reason,
        on: formatDate(m.sharedForSafeguarding.on),
        by: m.sharedForSafeguarding.by?.displayName ?? 'the IRO',
      },
    })),
  });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const { signedIn } = session;
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, signedIn);
  const intent = text(form, 'intent', 20);
  const messageId = text(form, 'messageId', 100);
  const here = `/children/${id}/messages`;
  const failed = (formId: string, values: Record<string, string>, errors: FormError[]) =>
    session.reply({ formId, values, errors }, { status: 400 });

  if (intent === 'send') {
    const body = text(form, 'body');
    const idempotencyKey = postedFormKey(form);
    const outcome = await submit(request, signedIn, SEND, { childId: id, body, idempotencyKey }, { childId: 'body' });
    if (!outcome.ok) return failed('send', { body }, outcome.errors);
    return redirect(`${here}?sent=message`, { headers: session.headers });
  }
  if (intent === 'reply') {
    const field = `reply-${messageId}`;
    const body = text(form, field);
    const idempotencyKey = postedFormKey(form, messageId);
    const outcome = await submit(
      request,
      signedIn,
      REPLY,
      { messageId, body, idempotencyKey },
      { body: field, messageId: field },
    );
    if (!outcome.ok) return failed(field, { [field]: body }, outcome.errors);
    return redirect(`${here}?sent=reply`, { headers: session.headers });
  }
  if (intent === 'share') {
    const field = `reason-${messageId}`;
    const reason = text(form, field);
    const outcome = await submit(request, signedIn, SHARE, { messageId, reason }, { reason: field, messageId: field });
    if (!outcome.ok) return failed(field, { [field]: reason }, outcome.errors);
    return redirect(`${here}?sent=shared`, { headers: session.headers });
  }
  if (intent === 'open') {
    const outcome = await submit(request, signedIn, OPEN, { childId: id }, { childId: 'open-channel' });
    if (!outcome.ok) return failed('open', {}, outcome.errors);
    return redirect(`${here}?sent=opened`, { headers: session.headers });
  }
  throw session.reply(null, { status: 400 });
}

export default function ChildMessages({ loaderData: m, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const values = actionData?.values ?? {};
  const hasErrors = errors.length > 0;
  return m.view === 'young-person' ? (
    <YoungPersonView m={m} errors={errors} values={values} hasErrors={hasErrors} />
  ) : (
    <IroView m={m} errors={errors} values={values} hasErrors={hasErrors} />
  );
}
