import type { Route } from './+types/sign-in';
import { CsrfInput, ErrorSummary, PageTitle } from '../components/govuk';
import { auth } from '../services.server';

export async function loader({ request }: Route.LoaderArgs) {
  return auth().signInLoader(request);
}

export async function action({ request }: Route.ActionArgs) {
  return auth().signInAction(request);
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const fieldError = (field: 'username' | 'password') => errors.find((e) => e.field === field)?.message;
  const usernameError = fieldError('username');
  const passwordError = fieldError('password');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Sign in" error={errors.length > 0} />
        <ErrorSummary errors={errors.map((e) => ({ href: `#${e.field}`, text: e.message }))} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <form method="post" action="/sign-in" noValidate>
          <CsrfInput token={loaderData.csrfToken} />
          <div className={`govuk-form-group${usernameError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="username">
              Username
            </label>
            {usernameError && (
              <p id="username-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {usernameError}
              </p>
            )}
            <input
              className={`govuk-input govuk-!-width-two-thirds${usernameError ? ' govuk-input--error' : ''}`}
              id="username"
              name="username"
              type="text"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              defaultValue={actionData?.username ?? ''}
              aria-describedby={usernameError ? 'username-error' : undefined}
            />
          </div>
          <div className={`govuk-form-group${passwordError ? ' govuk-form-group--error' : ''}`}>
            <label className="govuk-label" htmlFor="password">
              Password
            </label>
            {passwordError && (
              <p id="password-error" className="govuk-error-message">
                <span className="govuk-visually-hidden">Error:</span> {passwordError}
              </p>
            )}
            <input
              className={`govuk-input govuk-!-width-two-thirds${passwordError ? ' govuk-input--error' : ''}`}
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              spellCheck={false}
              aria-describedby={passwordError ? 'password-error' : undefined}
            />
          </div>
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
