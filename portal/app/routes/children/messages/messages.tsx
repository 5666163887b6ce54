import { redirect } from 'react-router';
import type { Route } from './+types/messages';
import { Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, WarningText } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
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

const CONFIRMATIONS: Record<string, string> = {
  message: 'Your message has been sent to your IRO.',
  reply: 'Your reply has been sent.',
  shared: 'The message has been shared for safeguarding with the social worker and the IRO manager.',
  opened: 'Messages are now open for this child.',
};

function Confirmation({ sent }: { sent: string | null }) {
  const text = sent ? CONFIRMATIONS[sent] : undefined;
  if (!text) return null;
  return (
    <div
      className="govuk-notification-banner govuk-notification-banner--success"
      role="alert"
      aria-labelledby="confirmation-title"
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="confirmation-title">
          Done
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{text}</p>
      </div>
    </div>
  );
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

type LoaderData = Route.ComponentProps['loaderData'];
interface ViewProps {
  m: LoaderData;
  errors: FormError[];
  values: Record<string, string>;
  hasErrors: boolean;
}

function YoungPersonView({ m, errors, values, hasErrors }: ViewProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Message your IRO" error={hasErrors} />
        <ErrorSummary errors={errors} />
        {!hasErrors && <Confirmation sent={m.sent} />}
        <h1 className="govuk-heading-l">Message your IRO</h1>
        {m.iro ? (
          <p className="govuk-body-l">Your IRO is {m.iro}.</p>
        ) : (
          <p className="govuk-body-l">
            You do not have an IRO right now. Your social worker can tell you who it will be.
          </p>
        )}
        <p className="govuk-body">
          Your IRO (independent reviewing officer) makes sure your plan is right for you, and that people listen to what
          you want. You can tell them anything, at any time.
        </p>
        <p className="govuk-body">
          Only you and your IRO can read these messages. If your IRO is worried that you are not safe, they might need
          to tell someone who can help.
        </p>
        {m.channel?.open ? (
          <form method="post" noValidate>
            <CsrfInput token={m.csrfToken} />
            <input type="hidden" name="intent" value="send" />
            <IdempotencyKeyInput value={m.formKey} />
            <Textarea
              id="body"
              label="What do you want to tell your IRO?"
              hint="You could write about where you live, school, seeing your family, or anything that worries you."
              defaultValue={values.body}
              error={fieldError(errors, 'body')}
              rows={6}
            />
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Send
            </button>
          </form>
        ) : (
          <div className="govuk-inset-text">
            You can send messages to your IRO from when you are 12. Your IRO can turn messages on sooner, so you could
            ask them at your next review.
          </div>
        )}
        <h2 className="govuk-heading-m">Your messages</h2>
        {m.messages.length === 0 && <p className="govuk-body">You have not sent any messages yet.</p>}
        {m.messages.map((message) => (
          <div key={message.id} className="govuk-summary-card">
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">Sent on {message.sentOn}</h3>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list">
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">What you said</dt>
                  <dd className="govuk-summary-list__value">{message.body}</dd>
                </div>
                <div className="govuk-summary-list__row">
                  <dt className="govuk-summary-list__key">What your IRO did</dt>
                  <dd className="govuk-summary-list__value">
                    {message.replies.length === 0
                      ? 'Your IRO has not replied yet.'
                      : message.replies.map((r) => (
                          <p key={r.id} className="govuk-body">
                            {r.body} <span className="govuk-caption-m">({r.sentOn})</span>
                          </p>
                        ))}
                  </dd>
                </div>
              </dl>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

function IroView({ m, errors, values, hasErrors }: ViewProps) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Messages from ${m.name}`} error={hasErrors} />
        <ErrorSummary errors={errors} />
        {!hasErrors && <Confirmation sent={m.sent} />}
        <span className="govuk-caption-l">{m.name}</span>
        <h1 className="govuk-heading-l">Messages from {m.givenName}</h1>
        <p className="govuk-body">
          These messages are between {m.givenName} and you. Nobody else can read them unless you share one for
          safeguarding.
        </p>
        <p className="govuk-body">{m.channel?.reason}</p>
        {m.channel && !m.channel.open && (
          <form method="post" noValidate>
            <CsrfInput token={m.csrfToken} />
            <input type="hidden" name="intent" value="open" />
            <button type="submit" id="open-channel" className="govuk-button" data-module="govuk-button">
              Let {m.givenName} send you messages
            </button>
          </form>
        )}
        {m.messages.length === 0 && <p className="govuk-body">{m.givenName} has not sent any messages.</p>}
        {m.messages.map((message) => {
          const replyId = `reply-${message.id}`;
          const reasonId = `reason-${message.id}`;
          const shareError = fieldError(errors, reasonId);
          return (
            <div key={message.id} className="govuk-summary-card">
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">Sent on {message.sentOn}</h2>
              </div>
              <div className="govuk-summary-card__content">
                <dl className="govuk-summary-list">
                  <div className="govuk-summary-list__row">
                    <dt className="govuk-summary-list__key">{m.givenName} said</dt>
                    <dd className="govuk-summary-list__value">{message.body}</dd>
                  </div>
                  {message.replies.map((r) => (
                    <div className="govuk-summary-list__row" key={r.id}>
                      <dt className="govuk-summary-list__key">You replied on {r.sentOn}</dt>
                      <dd className="govuk-summary-list__value">{r.body}</dd>
                    </div>
                  ))}
                  {message.shared && (
                    <div className="govuk-summary-list__row">
                      <dt className="govuk-summary-list__key">Shared for safeguarding</dt>
                      <dd className="govuk-summary-list__value">
                        On {message.shared.on} by {message.shared.by}: {message.shared.reason}
                      </dd>
                    </div>
                  )}
                </dl>
                {message.replies.length === 0 && (
                  <form method="post" noValidate>
                    <CsrfInput token={m.csrfToken} />
                    <input type="hidden" name="intent" value="reply" />
                    <IdempotencyKeyInput value={m.formKey} />
                    <input type="hidden" name="messageId" value={message.id} />
                    <Textarea
                      id={replyId}
                      label={`Reply to ${m.givenName}`}
                      hint="Say what you did about it, in words they will understand."
                      defaultValue={values[replyId]}
                      error={fieldError(errors, replyId)}
                    />
                    <button type="submit" className="govuk-button" data-module="govuk-button">
                      Send reply
                    </button>
                  </form>
                )}
                {!message.shared && (
                  <details className="govuk-details" open={!!shareError}>
                    <summary className="govuk-details__summary">
                      <span className="govuk-details__summary-text">Share this message for safeguarding</span>
                    </summary>
                    <div className="govuk-details__text">
                      <WarningText>
                        The social worker and the IRO manager will be able to read this message and your reason. This is
                        recorded.
                      </WarningText>
                      <form method="post" noValidate>
                        <CsrfInput token={m.csrfToken} />
                        <input type="hidden" name="intent" value="share" />
                        <input type="hidden" name="messageId" value={message.id} />
                        <Textarea
                          id={reasonId}
                          label="Why are you sharing this message?"
                          hint="Say what the risk to the child is."
                          defaultValue={values[reasonId]}
                          error={shareError}
                          rows={3}
                        />
                        <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
                          Share for safeguarding
                        </button>
                      </form>
                    </div>
                  </details>
                )}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
