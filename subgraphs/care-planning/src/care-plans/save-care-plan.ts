import { conflict } from '@lac/subgraph-kit';
import type { EntityManager } from 'typeorm';
import { type CarePlanContent, EMPTY_PLAN } from './content';
import { changedParts } from './diff';
import { type CarePlanVersionRow, VERSION_COLUMNS, contentOf } from './rows';

const whenSaved = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/**
 * Appends version `expectedVersion + 1`. The head row moves only if it still stands at the version the editor
 * started from, so of two saves from the same version exactly one succeeds; the other gets CONFLICT naming who
 * saved in between, when, and which parts of the plan they changed. Run inside one transaction.
 */
export async function saveCarePlan(
  em: EntityManager,
  input: { childId: string; expectedVersion: number; content: CarePlanContent; savedBy: string },
): Promise<CarePlanVersionRow> {
  const next = input.expectedVersion + 1;
  const moved: Array<{ version: number }> =
    input.expectedVersion === 0
      ? await em.query(
          `INSERT INTO care_planning.care_plans (child_id, version) VALUES ($1, 1) ON CONFLICT (child_id) DO NOTHING RETURNING version`,
          [input.childId],
        )
      : // TypeORM answers an UPDATE with [rows, rowCount].
        (
          await em.query<[Array<{ version: number }>, number]>(
            `UPDATE care_planning.care_plans SET version = version + 1, updated_at = now() WHERE child_id = $1 AND version = $2 RETURNING version`,
            [input.childId, input.expectedVersion],
          )
        )[0];
  if (moved.length === 0) throw await staleVersion(em, input.childId, input.expectedVersion);
  const { content } = input;
  const [row]: CarePlanVersionRow[] = await em.query(
    `INSERT INTO care_planning.care_plan_versions
       (child_id, version_number, permanence_plan, parallel_plan, actions, arrangements, saved_by)
     VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
     RETURNING ${VERSION_COLUMNS}`,
    [
      input.childId,
      next,
      content.permanencePlan,
      content.parallelPlan,
      JSON.stringify(content.actions),
      JSON.stringify(content.arrangements),
      input.savedBy,
    ],
  );
  return row;
}

async function staleVersion(em: EntityManager, childId: string, expectedVersion: number) {
  const rows: CarePlanVersionRow[] = await em.query(
    `SELECT ${VERSION_COLUMNS} FROM care_planning.care_plan_versions
      WHERE child_id = $1 AND version_number IN ($2, (SELECT version FROM care_planning.care_plans WHERE child_id = $1))
      ORDER BY version_number`,
    [childId, expectedVersion],
  );
  const current = rows.at(-1);
  if (!current || current.version_number <= expectedVersion) {
    // The editor claims a version that was never saved: nothing to compare, but still not theirs to overwrite.
    return conflict(
      `Version ${expectedVersion} of this care plan does not exist; the current version is ${current?.version_number ?? 0}. Reload the plan.`,
      [],
    );
  }
  const theirs = rows.find((r) => r.version_number === expectedVersion);
  const changed = changedParts(theirs ? contentOf(theirs) : EMPTY_PLAN, contentOf(current));
  const [person]: Array<{ display_name: string }> = await em.query(
    'SELECT display_name FROM access.people WHERE id = $1',
    [current.saved_by],
  );
  const who = person?.display_name ?? 'someone else';
  return conflict(
    `${who} saved version ${current.version_number} of this care plan on ${whenSaved.format(current.saved_at)}, after the version you started from (${expectedVersion}). ` +
      (changed.length ? `Changed since: ${changed.join(', ')}.` : 'The content is the same.') +
      ' Check their changes, then save again.',
    changed,
  );
}
