import type { Route } from './+types/sign-in';
import { CsrfInput, ErrorSummary, PageTitle, TextField } from '../../components/govuk';
import { auth } from '../../services.server';

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
          <TextField
            id="username"
            label="Username"
            error={usernameError}
            defaultValue={actionData?.username ?? ''}
            autoComplete="username"
            autoCapitalize="none"
          />
          {/* Never echoed back: the password field is always empty when the form is shown again. */}
          <TextField
            id="password"
            label="Password"
            type="password"
            error={passwordError}
            autoComplete="current-password"
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Sign in
          </button>
        </form>
      </div>
    </div>
  );
}
