import type { Route } from './+types/messages';
import { Textarea } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, WarningText } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { IdempotencyKeyInput } from '../../../components/idempotency-key';
import type { FormError } from '../../../forms.server';

// The two pages of the child's channel to their IRO: the young person's and the IRO's (messages.tsx chooses).

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

type LoaderData = Route.ComponentProps['loaderData'];
interface ViewProps {
  m: LoaderData;
  errors: FormError[];
  values: Record<string, string>;
  hasErrors: boolean;
}

export function YoungPersonView({ m, errors, values, hasErrors }: ViewProps) {
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

export function IroView({ m, errors, values, hasErrors }: ViewProps) {
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
