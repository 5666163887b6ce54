import type { Route } from './+types/legal-status';
import { DateInput, Select } from '../../../components/form-fields';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, text } from '../../../forms.server';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import type { SessionRoute } from '../../../session-route.server';
import { codeChoices } from './code-choices';
import { RecordForm, RecordFormPage } from './record-form';
import { recordFormAction, recordFormLoader } from './record-form.server';

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

export function loader({ request, params }: Route.LoaderArgs) {
  return recordFormLoader(request, params, load);
}

export function action({ request, params }: Route.ActionArgs) {
  return recordFormAction(
    request,
    params,
    (form) => {
      const values = { code: text(form, 'code', 10), startDate: dateFrom(form, 'startDate') };
      const errors: FormError[] = [
        ...(values.code ? [] : [{ field: 'code', href: '#code', text: 'Select the new legal status' }]),
        ...dateErrors([{ field: 'startDate', value: values.startDate, name: 'The date it started', required: true }]),
      ];
      return { values, errors };
    },
    RECORD,
    (childId, values) => ({ input: { childId, ...values } }),
  );
}

export default function LegalStatus({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <RecordFormPage
      title="Record a change of legal status"
      name={d.name}
      childId={d.childId}
      errors={errors}
      intro={d.current ? `Now: ${d.current}. It ends the day the new one starts.` : 'No legal status is recorded now.'}
    >
      <RecordForm csrfToken={d.csrfToken} button="Record legal status">
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
      </RecordForm>
    </RecordFormPage>
  );
}
