import type { Route } from './+types/settings';
import { Choices, Input } from '../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle, TableHead } from '../../components/govuk';
import { fieldError } from '../../components/field-error';
import { readForm, submit } from '../../forms.server';
import { graphql } from '../../graphql/generated';
import { type SessionRoute, withSession } from '../../session-route.server';
import { readSettings, settingsInput } from './settings-form.server';
import { MAX_STAGE_ROWS, type SettingsValues } from './stage-rows';

const SETTINGS = graphql(`
  query LocalAuthoritySettingsPage {
    localAuthoritySettings {
      version
      additionalReviewRestartsCycle
      decisionsWithinWorkingDays
      fullRecordWithinWorkingDays
      reviewAfterPlacementChangeWorkingDays
      iroContactShown
      challengeStages {
        ordinal
        name
        workingDays
      }
      history {
        version
        changedAt
        changedBy {
          displayName
        }
        changes
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateLocalAuthoritySettings($input: LocalAuthoritySettingsInput!) {
    updateLocalAuthoritySettings(input: $input) {
      version
    }
  }
`);

const when = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
});

/** Only the IRO manager (the graph answers null to anyone else, and so does this page: the 404). */
async function load(session: SessionRoute) {
  const { data } = await session.query(SETTINGS);
  const s = data.localAuthoritySettings;
  if (!s) throw session.notFound();
  const current: SettingsValues = {
    additionalReviewRestartsCycle: s.additionalReviewRestartsCycle ? 'yes' : 'no',
    decisionsWithinWorkingDays: String(s.decisionsWithinWorkingDays),
    fullRecordWithinWorkingDays: String(s.fullRecordWithinWorkingDays),
    reviewAfterPlacementChangeWorkingDays: String(s.reviewAfterPlacementChangeWorkingDays),
    iroContactShown: s.iroContactShown,
    stages: s.challengeStages.map((c) => ({ name: c.name, workingDays: String(c.workingDays) })),
  };
  return {
    version: s.version,
    current,
    history: s.history.map((h) => ({
      version: h.version,
      when: when.format(new Date(h.changedAt)),
      who: h.changedBy?.displayName ?? 'Someone no longer recorded',
      changes: h.changes,
    })),
  };
}

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  return session.reply({ csrfToken: session.csrfToken, ...(await load(session)) });
}

export async function action({ request }: Route.ActionArgs) {
  const session = await withSession(request);
  const form = await readForm(request, session.signedIn);
  const values = readSettings(form);
  const expectedVersion = Number(form.get('expectedVersion'));
  const { errors, input, fieldIds } = settingsInput(values, Number.isInteger(expectedVersion) ? expectedVersion : -1);
  if (errors.length > 0) return session.reply({ values, errors, saved: false, changedMeanwhile: [] }, { status: 400 });
  const outcome = await submit(request, session.signedIn, UPDATE, { input }, fieldIds);
  if (!outcome.ok) {
    const conflict = outcome.conflict;
    return session.reply(
      {
        values,
        errors: conflict ? [{ field: 'history', href: '#history', text: conflict.message }] : outcome.errors,
        saved: false,
        changedMeanwhile: conflict?.changed ?? [],
      },
      { status: outcome.status },
    );
  }
  return session.reply({ values: null, errors: [], saved: true, changedMeanwhile: [] });
}

export default function Settings({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values ?? d.current;
  // Every row as it was (row i is always stage-i, so an error lands on the row it is about), up to one empty
  // row after the last filled one: the place to add a stage.
  const filled = v.stages.reduce((last, s, i) => (s.name || s.workingDays ? i : last), -1);
  const stageRows = Array.from(
    { length: Math.min(filled + 2, MAX_STAGE_ROWS) },
    (_, i) => v.stages[i] ?? { name: '', workingDays: '' },
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Local authority settings" error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        {actionData?.saved && (
          <div
            className="govuk-notification-banner govuk-notification-banner--success"
            role="alert"
            aria-labelledby="saved-title"
            data-module="govuk-notification-banner"
          >
            <div className="govuk-notification-banner__header">
              <h2 className="govuk-notification-banner__title" id="saved-title">
                Success
              </h2>
            </div>
            <div className="govuk-notification-banner__content">
              <p className="govuk-notification-banner__heading">Settings saved. They apply from now on.</p>
            </div>
          </div>
        )}
        <h1 className="govuk-heading-l">Local authority settings</h1>
        {actionData && actionData.changedMeanwhile.length > 0 && (
          <div className="govuk-inset-text">
            <p className="govuk-body">Changed since you opened the page:</p>
            <ul className="govuk-list govuk-list--bullet">
              {actionData.changedMeanwhile.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </div>
        )}
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <input type="hidden" name="expectedVersion" value={d.version} />
          <h2 className="govuk-heading-m">Reviews</h2>
          <Choices
            id="additionalReviewRestartsCycle"
            type="radio"
            label="Does an additional review restart the review cycle?"
            hint="If yes, the next review is due 6 months after an additional review, not after the last scheduled one"
            choices={[
              { value: 'yes', text: 'Yes' },
              { value: 'no', text: 'No' },
            ]}
            selected={v.additionalReviewRestartsCycle}
            error={fieldError(errors, 'additionalReviewRestartsCycle')}
          />
          <Input
            id="decisionsWithinWorkingDays"
            label="Working days to send the review decisions"
            hint="The IRO Handbook allows up to 5"
            width="10"
            defaultValue={v.decisionsWithinWorkingDays}
            error={fieldError(errors, 'decisionsWithinWorkingDays')}
          />
          <Input
            id="fullRecordWithinWorkingDays"
            label="Working days to complete the full record of the review"
            hint="The IRO Handbook allows up to 20"
            width="10"
            defaultValue={v.fullRecordWithinWorkingDays}
            error={fieldError(errors, 'fullRecordWithinWorkingDays')}
          />
          <Input
            id="reviewAfterPlacementChangeWorkingDays"
            label="Working days to hold a review after a child moves placement"
            hint="The law says a move needs a review but sets no time. Enter 0 to turn this off. It can only bring the next review earlier, never later."
            width="10"
            defaultValue={v.reviewAfterPlacementChangeWorkingDays}
            error={fieldError(errors, 'reviewAfterPlacementChangeWorkingDays')}
          />
          <h2 className="govuk-heading-m">What families are told about the IRO</h2>
          <Choices
            id="iroContactShown"
            type="radio"
            label="Besides the IRO’s name, which work contact do young people, parents and carers see?"
            choices={[
              { value: 'NONE', text: 'Their name only' },
              { value: 'EMAIL', text: 'Their work email' },
              { value: 'PHONE', text: 'Their work phone' },
              { value: 'BOTH', text: 'Their work email and phone' },
            ]}
            selected={v.iroContactShown}
            error={fieldError(errors, 'iroContactShown')}
          />
          <h2 className="govuk-heading-m">Formal stages of an IRO challenge</h2>
          <p className="govuk-body">
            In order. Empty a stage’s name and days to remove it; fill in the empty row to add one. Open challenges keep
            the stage and timer they started with.
          </p>
          {stageRows.map((s, i) => (
            <fieldset className="govuk-fieldset" key={i}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
                {s.name || s.workingDays ? `Stage ${i + 1}` : `Stage ${i + 1} (optional)`}
              </legend>
              <Input
                id={`stage-${i}-name`}
                label="Who responds"
                width="30"
                defaultValue={s.name}
                error={fieldError(errors, `stage-${i}-name`)}
              />
              <Input
                id={`stage-${i}-days`}
                label="Working days for the response"
                width="10"
                defaultValue={s.workingDays}
                error={fieldError(errors, `stage-${i}-days`)}
              />
            </fieldset>
          ))}
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Save settings
          </button>
        </form>
        <h2 className="govuk-heading-m" id="history">
          Changes
        </h2>
        {d.history.length === 0 ? (
          <p className="govuk-body">No one has changed these settings yet: the defaults apply.</p>
        ) : (
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Every change, newest first</caption>
            <TableHead columns={['When', 'Who', 'What changed']} />
            <tbody className="govuk-table__body">
              {d.history.map((h) => (
                <tr className="govuk-table__row" key={h.version}>
                  <td className="govuk-table__cell">{h.when}</td>
                  <td className="govuk-table__cell">{h.who}</td>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list">
                      {h.changes.map((c) => (
                        <li key={c}>{c}</li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </div>
  );
}
