import { redirect } from 'react-router';
import type { Route } from './+types/register';
import { Choices, DateInput, Input, Select } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { withSession } from '../../../session-route.server';
import { codeChoices } from './code-choices';

const REGISTER_FORM = graphql(`
  query RegisterChildForm {
    me {
      authorityCan {
        registerChild
      }
    }
    ssda903Codes {
      sex {
        code
        description
      }
      ethnicity {
        code
        description
      }
      legalStatus {
        code
        description
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterChild($input: RegisterChildInput!) {
    registerChildInCare(input: $input)
  }
`);

/** Only a social worker of the authority may (the graph says so in `me.authorityCan`); anyone else gets the 404. */
async function formData(session: Awaited<ReturnType<typeof withSession>>) {
  const { data } = await session.query(REGISTER_FORM);
  if (!data.me.authorityCan.registerChild) throw session.notFound();
  return data.ssda903Codes;
}

export async function loader({ request }: Route.LoaderArgs) {
  const session = await withSession(request);
  const codes = await formData(session);
  return session.reply({ csrfToken: session.csrfToken, codes });
}

export async function action({ request }: Route.ActionArgs) {
  const session = await withSession(request);
  await formData(session);
  const form = await readForm(request, session.signedIn);
  const values = {
    givenName: text(form, 'givenName', 200),
    familyName: text(form, 'familyName', 200),
    dateOfBirth: dateFrom(form, 'dateOfBirth'),
    sex: text(form, 'sex', 10),
    ethnicity: text(form, 'ethnicity', 10),
    upn: text(form, 'upn', 40),
    lookedAfterFrom: dateFrom(form, 'lookedAfterFrom'),
    legalStatus: text(form, 'legalStatus', 10),
  };
  // What the form can tell before asking the graph: every empty answer and every impossible date, all at once.
  const missing: Array<[keyof typeof values, string]> = [
    ['givenName', 'Enter the child’s first name'],
    ['familyName', 'Enter the child’s last name'],
    ['sex', 'Select the child’s sex'],
    ['ethnicity', 'Select the child’s ethnicity'],
    ['legalStatus', 'Select the legal status the child is looked after under'],
  ];
  const errors: FormError[] = [
    ...missing.filter(([f]) => values[f] === '').map(([field, t]) => ({ field, href: `#${field}`, text: t })),
    ...dateErrors([
      { field: 'dateOfBirth', value: values.dateOfBirth, name: 'The child’s date of birth', required: true },
      {
        field: 'lookedAfterFrom',
        value: values.lookedAfterFrom,
        name: 'The date the child started to be looked after',
        required: true,
      },
    ]),
  ];
  const order = ['givenName', 'familyName', 'dateOfBirth', 'sex', 'ethnicity', 'upn', 'lookedAfterFrom', 'legalStatus'];
  errors.sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field));
  if (errors.length > 0) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(request, session.signedIn, REGISTER, {
    input: { ...values, upn: values.upn || null },
  });
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${encodeURIComponent(outcome.data.registerChildInCare)}`, { headers: session.headers });
}

export default function RegisterChild({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Record a child coming into care" error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Record a child coming into care</h1>
        <p className="govuk-body">
          You will be the child’s allocated social worker. The IRO manager then allocates an independent reviewing
          officer; the first review is due within 20 working days of the date care started.
        </p>
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <h2 className="govuk-heading-m">The child</h2>
          <Input
            id="givenName"
            label="First name"
            width="20"
            defaultValue={v?.givenName}
            error={fieldError(errors, 'givenName')}
          />
          <Input
            id="familyName"
            label="Last name"
            width="20"
            defaultValue={v?.familyName}
            error={fieldError(errors, 'familyName')}
          />
          <DateInput
            id="dateOfBirth"
            label="Date of birth"
            hint="For example, 27 3 2014"
            defaultValue={v?.dateOfBirth}
            error={fieldError(errors, 'dateOfBirth')}
          />
          <Choices
            id="sex"
            type="radio"
            label="Sex"
            hint="As recorded for the SSDA903 return"
            choices={d.codes.sex.map((c) => ({ value: c.code, text: c.description }))}
            selected={v?.sex}
            error={fieldError(errors, 'sex')}
          />
          <Select
            id="ethnicity"
            label="Ethnicity"
            hint="As the child or family describe it; choose ‘Information not yet obtained’ until they have said"
            choices={codeChoices(d.codes.ethnicity, 'Select ethnicity')}
            selected={v?.ethnicity}
            error={fieldError(errors, 'ethnicity')}
          />
          <Input
            id="upn"
            label="Unique Pupil Number (UPN) (optional)"
            hint="13 characters, for example H801200001001. Leave empty if you do not know it yet"
            width="20"
            defaultValue={v?.upn}
            error={fieldError(errors, 'upn')}
          />
          <h2 className="govuk-heading-m">Coming into care</h2>
          <DateInput
            id="lookedAfterFrom"
            label="Date the child started to be looked after"
            hint="The start of the period of care. For example, 16 11 2026"
            defaultValue={v?.lookedAfterFrom}
            error={fieldError(errors, 'lookedAfterFrom')}
          />
          <Select
            id="legalStatus"
            label="Legal status on that date"
            choices={codeChoices(d.codes.legalStatus, 'Select legal status')}
            selected={v?.legalStatus}
            error={fieldError(errors, 'legalStatus')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record child
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/children">
            Cancel
          </a>
        </p>
      </div>
    </div>
  );
}
