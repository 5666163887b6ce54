import { redirect } from 'react-router';
import type { Route } from './+types/end-period';
import { DateInput, Select } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import { type SessionRoute, withSession } from '../../../session-route.server';
import { codeChoices } from './code-choices';

const END_FORM = graphql(`
  query EndPeriodForm($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      periodsOfCare {
        startDate
        endDate
      }
      viewerCan {
        do {
          recordPeriodOfCare
        }
      }
    }
    ssda903Codes {
      reasonEpisodeCeased {
        code
        description
      }
    }
  }
`);

const END = graphql(`
  mutation EndPeriodOfCare($input: EndPeriodOfCareInput!) {
    endPeriodOfCare(input: $input) {
      endDate
    }
  }
`);

async function load(session: SessionRoute, id: string) {
  const { child, result } = await session.child(END_FORM, { id });
  const open = child.periodsOfCare.find((p) => p.endDate === null);
  // Nothing to end, or not this person's to end: the same 404.
  if (!child.viewerCan.do.recordPeriodOfCare || !open) throw session.notFound();
  return {
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    since: formatDate(open.startDate),
    reasons: result.ssda903Codes.reasonEpisodeCeased,
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
  const values = { endDate: dateFrom(form, 'endDate'), reasonCeased: text(form, 'reasonCeased', 10) };
  const errors: FormError[] = [
    ...dateErrors([{ field: 'endDate', value: values.endDate, name: 'The date care ended', required: true }]),
    ...(values.reasonCeased
      ? []
      : [{ field: 'reasonCeased', href: '#reasonCeased', text: 'Select why the child stopped being looked after' }]),
  ];
  if (errors.length > 0) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(request, session.signedIn, END, { input: { childId: id, ...values } });
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${encodeURIComponent(id)}`, { headers: session.headers });
}

export default function EndPeriod({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Record the end of this period of care – ${d.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">Record the end of this period of care</h1>
        <p className="govuk-body">
          Looked after since {d.since}. The legal status ends on the same day, and no further review is due.
        </p>
        <form method="post" noValidate>
          <CsrfInput token={d.csrfToken} />
          <DateInput
            id="endDate"
            label="Date care ended"
            hint="For example, 23 11 2026"
            defaultValue={v?.endDate}
            error={fieldError(errors, 'endDate')}
          />
          <Select
            id="reasonCeased"
            label="Why the child stopped being looked after"
            choices={codeChoices(d.reasons, 'Select reason')}
            selected={v?.reasonCeased}
            error={fieldError(errors, 'reasonCeased')}
          />
          <button type="submit" className="govuk-button govuk-button--warning" data-module="govuk-button">
            Record end of care
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
