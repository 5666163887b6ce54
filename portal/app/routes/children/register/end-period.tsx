import type { Route } from './+types/end-period';
import { DateInput, Select } from '../../../components/form-fields';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, text } from '../../../forms.server';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import type { SessionRoute } from '../../../session-route.server';
import { codeChoices } from './code-choices';
import { RecordForm, RecordFormPage } from './record-form';
import { recordFormAction, recordFormLoader } from './record-form.server';

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

export function loader({ request, params }: Route.LoaderArgs) {
  return recordFormLoader(request, params, load);
}

export function action({ request, params }: Route.ActionArgs) {
  return recordFormAction(
    request,
    params,
    (form) => {
      const values = { endDate: dateFrom(form, 'endDate'), reasonCeased: text(form, 'reasonCeased', 10) };
      const errors: FormError[] = [
        ...dateErrors([{ field: 'endDate', value: values.endDate, name: 'The date care ended', required: true }]),
        ...(values.reasonCeased
          ? []
          : [
              { field: 'reasonCeased', href: '#reasonCeased', text: 'Select why the child stopped being looked after' },
            ]),
      ];
      return { values, errors };
    },
    END,
    (childId, values) => ({ input: { childId, ...values } }),
  );
}

export default function EndPeriod({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <RecordFormPage
      title="Record the end of this period of care"
      name={d.name}
      childId={d.childId}
      errors={errors}
      intro={<>Looked after since {d.since}. The legal status ends on the same day, and no further review is due.</>}
    >
      <RecordForm csrfToken={d.csrfToken} button="Record end of care" warning>
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
      </RecordForm>
    </RecordFormPage>
  );
}
