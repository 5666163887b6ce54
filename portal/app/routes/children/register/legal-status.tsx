import { redirect } from 'react-router';
import type { Route } from './+types/legal-status';
import { DateInput, Select } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import { type SessionRoute, withSession } from '../../../session-route.server';
import { codeChoices } from './code-choices';

const LEGAL_STATUS_FORM = graphql(`
  query LegalStatusForm($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      legalStatuses {
        code
        description
        startDate
        endDate
      }
      viewerCan {
        do {
          recordLegalStatus
        }
      }
    }
    ssda903Codes {
      legalStatus {
        code
        description
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordLegalStatusChange($input: LegalStatusInput!) {
    recordLegalStatus(input: $input) {
      id
    }
  }
`);

async function load(session: SessionRoute, id: string) {
  const { child, result } = await session.child(LEGAL_STATUS_FORM, { id });
  if (!child.viewerCan.do.recordLegalStatus) throw session.notFound();
  const current = child.legalStatuses.find((s) => s.endDate === null);
  return {
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    current: current ? `${current.description} (${current.code}), since ${formatDate(current.startDate)}` : null,
    codes: result.ssda903Codes.legalStatus,
  };
}

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  return session.reply({ csrfToken: session.csrfToken, ...(await load(session, id)) });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const values = { code: text(form, 'code', 10), startDate: dateFrom(form, 'startDate') };
  const errors: FormError[] = [
    ...(values.code ? [] : [{ field: 'code', href: '#code', text: 'Select the new legal status' }]),
    ...dateErrors([{ field: 'startDate', value: values.startDate, name: 'The date it started', required: true }]),
  ];
  if (errors.length > 0) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(request, session.signedIn, RECORD, { input: { childId: id, ...values } });
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${encodeURIComponent(id)}`, { headers: session.headers });
}

export default function LegalStatus({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Record a change of legal status – ${d.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">Record a change of legal status</h1>
        <p className="govuk-body">
          {d.current ? `Now: ${d.current}. It ends the day the new one starts.` : 'No legal status is recorded now.'}
        </p>
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <Select
            id="code"
            label="New legal status"
            choices={codeChoices(d.codes, 'Select legal status')}
            selected={v?.code}
            error={fieldError(errors, 'code')}
          />
          <DateInput
            id="startDate"
            label="Date it started"
            hint="For example, 23 11 2026"
            defaultValue={v?.startDate}
            error={fieldError(errors, 'startDate')}
          />
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Record legal status
          </button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${encodeURIComponent(d.childId)}`}>
            Cancel
          </a>
        </p>
      </div>
    </div>
  );
}
