import type { Route } from './+types/allocate-iro';
import { Choices, DateInput } from '../../../components/form-fields';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import type { SessionRoute } from '../../../session-route.server';
import { RecordForm, RecordFormPage } from './record-form';
import { recordFormAction, recordFormLoader } from './record-form.server';

const ALLOCATE_FORM = graphql(`
  query AllocateIroForm($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      iro {
        id
        displayName
      }
      viewerCan {
        do {
          allocateIro
        }
      }
    }
    iroAllocationOptions(childId: $id) {
      iro {
        id
        displayName
      }
      caseloadSize
    }
  }
`);

const ALLOCATE = graphql(`
  mutation AllocateIro($input: AllocationInput!) {
    allocateIro(input: $input) {
      id
    }
  }
`);

/** The manager's form (policy `allocate_iro`); for anyone else the child is not found, as the graph answers. */
async function load(session: SessionRoute, id: string) {
  const { child, result } = await session.child(ALLOCATE_FORM, { id });
  if (!child.viewerCan.do.allocateIro) throw session.notFound();
  return {
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    currentIro: child.iro,
    options: (result.iroAllocationOptions ?? []).map((o) => ({
      value: o.iro.id,
      text: o.iro.displayName,
      hint:
        (o.caseloadSize === 1 ? '1 child' : `${o.caseloadSize} children`) +
        (child.iro?.id === o.iro.id ? ' – the current IRO' : ''),
    })),
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
      const values = { personId: text(form, 'personId', 100), from: dateFrom(form, 'from') };
      const errors: FormError[] = [
        ...(values.personId ? [] : [{ field: 'personId', href: '#personId', text: 'Select the IRO to allocate' }]),
        ...dateErrors([{ field: 'from', value: values.from, name: 'The date the allocation starts', required: true }]),
      ];
      return { values, errors };
    },
    ALLOCATE,
    (childId, values) => ({ input: { childId, ...values } }),
  );
}

export default function AllocateIro({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <RecordFormPage
      title="Allocate an IRO"
      heading="Allocate an independent reviewing officer"
      name={d.name}
      childId={d.childId}
      errors={errors}
      intro={
        d.currentIro
          ? `${d.currentIro.displayName} is the IRO now. Allocating another ends their allocation on the same day.`
          : 'No IRO is allocated yet.'
      }
    >
      {d.options.length === 0 ? (
        <p className="govuk-body">Your local authority has no IROs recorded.</p>
      ) : (
        <RecordForm csrfToken={d.csrfToken} button="Allocate IRO">
          <Choices
            id="personId"
            type="radio"
            label="Which IRO?"
            hint="Each IRO’s current caseload is shown; the IRO Handbook suggests 50 to 70 children for a full-time IRO"
            choices={d.options}
            selected={v?.personId}
            error={fieldError(errors, 'personId')}
          />
          <DateInput
            id="from"
            label="Allocated from"
            hint="For example, 23 11 2026"
            defaultValue={v?.from}
            error={fieldError(errors, 'from')}
          />
        </RecordForm>
      )}
    </RecordFormPage>
  );
}
