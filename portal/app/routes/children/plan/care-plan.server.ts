import type { FormError } from '../../../forms.server';
import { dateErrors, dateFrom, optionalDate, text } from '../../../forms.server';
import {
  MAX_ACTION_ROWS,
  DIMENSIONS,
  NONE,
  type Voice,
  concernLabel,
  dimensionLabel,
  isConcern,
  isPermanencePlan,
  planLabel,
} from './care-plan-words';
import type { PlanView } from '../../../components/care-plan';
import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import type {
  CarePlanActionInput,
  CarePlanInput,
  CarePlanVersionFieldsFragment,
} from '../../../graphql/generated/graphql';

// The care plan's GraphQL shape and its form. The graph decides what each person may see (a carer gets no
// permanence plan or actions: they come back null).

/** What every page that shows a version of the plan asks for; spread as `...CarePlanVersionFields`. */
export const CarePlanVersionFields = graphql(`
  fragment CarePlanVersionFields on CarePlanVersion {
    number
    savedAt
    savedBy {
      displayName
    }
    permanencePlan
    parallelPlan
    actions {
      description
      concerns
      owner
      dueDate
    }
    arrangements {
      dimension
      text
    }
  }
`);

export type VersionData = CarePlanVersionFieldsFragment;

const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "2026-11-30T04:32:00Z" → "30 November 2026 at 4:32 am" in England. */
export function formatSavedAt(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : when.format(d);
}

export function planView(v: VersionData, voice: Voice): PlanView {
  return {
    number: v.number,
    savedBy: v.savedBy?.displayName ?? 'Unknown',
    savedAt: formatSavedAt(v.savedAt),
    permanence:
      v.actions === null
        ? null
        : { plan: planLabel(v.permanencePlan, voice), parallel: planLabel(v.parallelPlan, voice) },
    actions:
      v.actions?.map((a) => ({
        description: a.description,
        concerns: concernLabel(a.concerns, voice),
        owner: a.owner,
        due: a.dueDate ? formatDate(a.dueDate) : '',
      })) ?? null,
    arrangements: v.arrangements?.map((a) => ({ dimension: dimensionLabel(a.dimension, voice), text: a.text })) ?? null,
  };
}

// ---- the edit form ----

export interface ActionRow {
  description: string;
  concerns: string;
  owner: string;
  dueDate: string;
}

export interface PlanFormValues {
  expectedVersion: number;
  permanencePlan: string;
  parallelPlan: string;
  actions: ActionRow[];
  arrangements: Record<string, string>;
}

const blankRow = (): ActionRow => ({ description: '', concerns: '', owner: '', dueDate: '' });

/** The form pre-filled with the current version (or empty when there is none). */
export function formValuesFrom(v: VersionData | null): PlanFormValues {
  const actions: ActionRow[] = (v?.actions ?? []).map((a) => ({
    description: a.description,
    concerns: a.concerns,
    owner: a.owner,
    dueDate: a.dueDate ?? '',
  }));
  // GOV.UK "add another": the saved actions, or one empty row to start; more are added one at a time.
  if (actions.length === 0) actions.push(blankRow());
  return {
    expectedVersion: v?.number ?? 0,
    permanencePlan: v?.permanencePlan ?? NONE,
    parallelPlan: v?.parallelPlan ?? NONE,
    actions,
    arrangements: Object.fromEntries(
      DIMENSIONS.map((d) => [d, v?.arrangements?.find((a) => a.dimension === d)?.text ?? '']),
    ),
  };
}

const rowIsBlank = (r: ActionRow) => !r.description && !r.owner && !r.dueDate;

/** How many action rows the posted form had (its hidden `actionRows`), within 1..MAX_ACTION_ROWS. */
function rowCount(form: FormData): number {
  const n = Number(text(form, 'actionRows', 4));
  return Number.isInteger(n) ? Math.min(Math.max(n, 1), MAX_ACTION_ROWS) : 1;
}

/** What was typed, exactly, so the form can be shown again with it. */
export function readPlanForm(form: FormData): PlanFormValues {
  const version = Number(text(form, 'expectedVersion', 12));
  return {
    expectedVersion: Number.isInteger(version) ? version : -1,
    permanencePlan: text(form, 'permanencePlan', 40) || NONE,
    parallelPlan: text(form, 'parallelPlan', 40) || NONE,
    actions: Array.from({ length: rowCount(form) }, (_, i) => {
      const n = i + 1;
      return {
        description: text(form, `action-${n}-description`),
        concerns: text(form, `action-${n}-concerns`, 40),
        owner: text(form, `action-${n}-owner`, 1000),
        dueDate: dateFrom(form, `action-${n}-due`),
      };
    }),
    arrangements: Object.fromEntries(DIMENSIONS.map((d) => [d, text(form, `arrangement-${d}`)])),
  };
}

export type PlanIntent = { kind: 'save' } | { kind: 'add' } | { kind: 'remove'; row: number };

/**
 * Which button posted the form: "Save a new version" (or Enter in a field), "Add another action", or the
 * "Remove" of row n (1-based). The add-another pattern works without JavaScript by posting the whole form.
 */
export function planIntent(form: FormData): PlanIntent {
  const intent = text(form, 'intent', 20);
  if (intent === 'add') return { kind: 'add' };
  const remove = /^remove-(\d+)$/.exec(intent);
  if (remove) return { kind: 'remove', row: Number(remove[1]) };
  return { kind: 'save' };
}

/**
 * The form after "Add another action" or "Remove": everything typed kept, one empty row more, or row n gone
 * (the rows after it move up and are numbered again). There is always at least one row to type in.
 */
export function changeRows(values: PlanFormValues, intent: PlanIntent): PlanFormValues {
  if (intent.kind === 'add' && values.actions.length < MAX_ACTION_ROWS) {
    return { ...values, actions: [...values.actions, blankRow()] };
  }
  if (intent.kind === 'remove') {
    const actions = values.actions.filter((_, i) => i !== intent.row - 1);
    return { ...values, actions: actions.length > 0 ? actions : [blankRow()] };
  }
  return values;
}

/**
 * The mutation's input from the form: blank action rows left out. `fieldIds` maps the graph's field names back
 * to the form's (action 2 of the input may be row 5 of the form). Errors only the form can know about (a row
 * with no choice of what it concerns, which the graph's enum cannot even receive) are returned here.
 */
export function toCarePlanInput(childId: string, values: PlanFormValues) {
  const fieldIds: Record<string, string> = {
    permanencePlan: 'permanencePlan',
    parallelPlan: 'parallelPlan',
    actions: 'action-1-description',
    arrangements: `arrangement-${DIMENSIONS[0]}`,
  };
  for (const d of DIMENSIONS) fieldIds[`arrangements.${d}`] = `arrangement-${d}`;
  const errors: FormError[] = [];
  const actions: CarePlanActionInput[] = [];
  values.actions.forEach((row, i) => {
    if (rowIsBlank(row)) return;
    const n = i + 1;
    const at = actions.length;
    for (const [part, id] of [
      ['description', 'description'],
      ['concerns', 'concerns'],
      ['owner', 'owner'],
      ['dueDate', 'due'],
    ] as const) {
      fieldIds[`actions.${at}.${part}`] = `action-${n}-${id}`;
    }
    // A malformed date would be refused by GraphQL validation without naming the row: say which, here.
    errors.push(...dateErrors([{ field: `action-${n}-due`, value: row.dueDate, name: `The due date of action ${n}` }]));
    if (!isConcern(row.concerns)) {
      errors.push({
        field: `action-${n}-concerns`,
        href: `#action-${n}-concerns`,
        text: `Say whether action ${n} concerns permanence or arrangements`,
      });
      return;
    }
    actions.push({
      description: row.description,
      concerns: row.concerns,
      owner: row.owner,
      dueDate: optionalDate(row.dueDate),
    });
  });
  const plan = (v: string) => (isPermanencePlan(v) ? v : null);
  const input: CarePlanInput = {
    childId,
    expectedVersion: values.expectedVersion,
    permanencePlan: plan(values.permanencePlan),
    parallelPlan: plan(values.parallelPlan),
    actions,
    arrangements: DIMENSIONS.map((dimension) => ({ dimension, text: values.arrangements[dimension] ?? '' })),
  };
  return { input, fieldIds, errors };
}
