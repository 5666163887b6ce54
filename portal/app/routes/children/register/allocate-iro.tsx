import { redirect } from 'react-router';
import type { Route } from './+types/allocate-iro';
import { Choices, DateInput } from '../../../components/form-fields';
import { CsrfInput, ErrorSummary, PageTitle } from '../../../components/govuk';
import { fieldError } from '../../../components/field-error';
import { type FormError, dateErrors, dateFrom, readForm, submit, text } from '../../../forms.server';
import { graphql } from '../../../graphql/generated';
import { type SessionRoute, withSession } from '../../../session-route.server';

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

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  return session.reply({ csrfToken: session.csrfToken, ...(await load(session, id)) });
}

export async function action({ request, params }: Route.ActionArgs) {
  const session = await withSession(request);
  const [id] = session.routeIds(params.id);
  const form = await readForm(request, session.signedIn);
  const values = { personId: text(form, 'personId', 100), from: dateFrom(form, 'from') };
  const errors: FormError[] = [
    ...(values.personId ? [] : [{ field: 'personId', href: '#personId', text: 'Select the IRO to allocate' }]),
    ...dateErrors([{ field: 'from', value: values.from, name: 'The date the allocation starts', required: true }]),
  ];
  if (errors.length > 0) return session.reply({ values, errors }, { status: 400 });
  const outcome = await submit(request, session.signedIn, ALLOCATE, { input: { childId: id, ...values } });
  if (!outcome.ok) return session.reply({ values, errors: outcome.errors }, { status: outcome.status });
  return redirect(`/children/${encodeURIComponent(id)}`, { headers: session.headers });
}

export default function AllocateIro({ loaderData: d, actionData }: Route.ComponentProps) {
  const errors = actionData?.errors ?? [];
  const v = actionData?.values;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={`Allocate an IRO – ${d.name}`} error={errors.length > 0} />
        <ErrorSummary errors={errors} />
        <span className="govuk-caption-l">{d.name}</span>
        <h1 className="govuk-heading-l">Allocate an independent reviewing officer</h1>
        <p className="govuk-body">
          {d.currentIro
            ? `${d.currentIro.displayName} is the IRO now. Allocating another ends their allocation on the same day.`
            : 'No IRO is allocated yet.'}
        </p>
        {d.options.length === 0 ? (
          <p className="govuk-body">Your local authority has no IROs recorded.</p>
        ) : (
          <form method="post" noValidate>
            <CsrfInput token={d.csrfToken} />
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
            <button type="submit" className="govuk-button" data-module="govuk-button">
              Allocate IRO
            </button>
          </form>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={`/children/${encodeURIComponent(d.childId)}`}>
            Cancel
          </a>
        </p>
      </div>
    </div>
  );
}
