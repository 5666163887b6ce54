import { badInput, conflict } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import { FamilyMember } from '../family/family-member.entity';
import { ContactArrangementChange } from './arrangement-change.entity';
import { ContactArrangement } from './arrangement.entity';
import { type ContactTermsInput, checkTerms } from './terms';

export interface NewArrangement {
  childId: string;
  familyMemberId: string;
  startDate: string;
  endDate?: string | null;
  terms: ContactTermsInput;
  reason: string;
}

export interface ArrangementChange {
  expectedVersion: number;
  startDate: string;
  endDate?: string | null;
  terms: ContactTermsInput;
  reason: string;
}

const TERM_FIELDS = [
  'type',
  'frequency',
  'supervisionLevel',
  'venueType',
  'transport',
  'facilitatedBy',
  'courtOrdered',
  'courtOrderTerms',
] as const;

function checkDates(start: string, end: string | null): void {
  if (!isIsoDate(start))
    throw badInput('startDate', 'INVALID_DATE', 'startDate must be a real date written YYYY-MM-DD');
  if (end !== null && !isIsoDate(end)) throw badInput('endDate', 'INVALID_DATE', 'endDate must be a real date');
  if (end !== null && end < start) throw badInput('endDate', 'END_BEFORE_START', 'endDate cannot be before startDate');
}

function checkReason(reason: string): string {
  const text = reason.trim();
  if (!text) throw badInput('reason', 'REQUIRED', 'Say why: the history keeps it with the change');
  if (text.length > 2000) throw badInput('reason', 'TOO_LONG', 'Keep the reason under 2000 characters');
  return text;
}

/** Two arrangements of one type with one family member cannot run at the same time. */
async function refuseOverlap(
  em: EntityManager,
  row: { id?: string; familyMemberId: string; type: string; startDate: string; endDate: string | null },
): Promise<void> {
  const clash: unknown[] = await em.query(
    `SELECT 1 FROM family_contact.contact_arrangements
      WHERE family_member_id = $1 AND type = $2 AND ($3::uuid IS NULL OR id <> $3::uuid)
        AND daterange(start_date, end_date, '[]') && daterange($4::date, $5::date, '[]')`,
    [row.familyMemberId, row.type, row.id ?? null, row.startDate, row.endDate],
  );
  if (clash.length > 0) {
    throw badInput(
      'startDate',
      'OVERLAPS',
      'This family member already has an arrangement of this type for these dates',
    );
  }
}

async function recordVersion(
  em: EntityManager,
  saved: ContactArrangement,
  changedBy: string,
  reason: string,
  changedFields: string[],
): Promise<void> {
  await em.getRepository(ContactArrangementChange).insert({
    arrangementId: saved.id,
    childId: saved.childId,
    version: saved.version,
    changedBy,
    changedAtTime: new Date(),
    reason,
    changedFields,
    startDate: saved.startDate,
    endDate: saved.endDate,
    terms: { ...saved.terms() },
  });
}

/** A new arrangement with one of the child's family members, and its first version, together. */
export async function createArrangement(
  em: EntityManager,
  input: NewArrangement,
  changedBy: string,
  today: string,
): Promise<ContactArrangement> {
  const terms = checkTerms(input.terms);
  const reason = checkReason(input.reason);
  const end = input.endDate ?? null;
  checkDates(input.startDate, end);
  if (end !== null && end < today) throw badInput('endDate', 'INVALID_STATE', 'An arrangement cannot start ended');
  const member = await em.getRepository(FamilyMember).findOneBy({ id: input.familyMemberId, childId: input.childId });
  if (!member) throw badInput('familyMemberId', 'INVALID', 'That person is not in this child’s family network');
  await refuseOverlap(em, { familyMemberId: member.id, type: terms.type, startDate: input.startDate, endDate: end });
  const repo = em.getRepository(ContactArrangement);
  const saved = await repo.save(
    repo.create({
      childId: input.childId,
      familyMemberId: member.id,
      memberPersonId: member.personId,
      version: 1,
      startDate: input.startDate,
      endDate: end,
      ...terms,
    }),
  );
  await recordVersion(em, saved, changedBy, reason, ['startDate', 'endDate', ...TERM_FIELDS]);
  return saved;
}

/**
 * A change to the terms or dates: refused once the arrangement has ended, CONFLICT when someone else saved a version
 * since the caller read it; the row and its new version are written in the caller's transaction.
 */
export async function changeArrangement(
  em: EntityManager,
  current: ContactArrangement,
  input: ArrangementChange,
  changedBy: string,
  today: string,
): Promise<ContactArrangement> {
  const terms = checkTerms(input.terms);
  const reason = checkReason(input.reason);
  const end = input.endDate ?? null;
  checkDates(input.startDate, end);
  if (current.endDate !== null && current.endDate < today) {
    throw badInput('arrangementId', 'INVALID_STATE', `This arrangement ended on ${current.endDate}`);
  }
  if (end !== null && end < today) throw badInput('endDate', 'INVALID_STATE', 'An end date cannot be in the past');
  await refuseOverlap(em, {
    id: current.id,
    familyMemberId: current.familyMemberId,
    type: terms.type,
    startDate: input.startDate,
    endDate: end,
  });
  const before = current.terms() as unknown as Record<string, unknown>;
  const after = terms as unknown as Record<string, unknown>;
  const changed = [
    ...(input.startDate !== current.startDate ? ['startDate'] : []),
    ...(end !== current.endDate ? ['endDate'] : []),
    ...TERM_FIELDS.filter((f) => before[f] !== after[f]),
  ];
  if (changed.length === 0) throw badInput('terms', 'INVALID', 'Nothing has changed');
  // TypeORM's postgres driver answers an UPDATE ... RETURNING with [rows, affected].
  const [rows]: [Array<{ version: number }>, number] = await em.query(
    `UPDATE family_contact.contact_arrangements
        SET version = version + 1, start_date = $3, end_date = $4, type = $5, frequency = $6, supervision_level = $7,
            venue_type = $8, transport = $9, facilitated_by = $10, court_ordered = $11, court_order_terms = $12
      WHERE id = $1 AND version = $2 RETURNING version`,
    [
      current.id,
      input.expectedVersion,
      input.startDate,
      end,
      terms.type,
      terms.frequency,
      terms.supervisionLevel,
      terms.venueType,
      terms.transport,
      terms.facilitatedBy,
      terms.courtOrdered,
      terms.courtOrderTerms,
    ],
  );
  const version = rows[0]?.version;
  if (version === undefined) throw await stale(em, current.id, input.expectedVersion);
  const saved = Object.assign(new ContactArrangement(), current, terms, {
    version,
    startDate: input.startDate,
    endDate: end,
  });
  await recordVersion(em, saved, changedBy, reason, changed);
  return saved;
}

async function stale(em: EntityManager, arrangementId: string, expected: number) {
  const rows: Array<{ field: string }> = await em.query(
    `SELECT DISTINCT unnest(changed_fields) AS field FROM family_contact.contact_arrangement_changes
      WHERE arrangement_id = $1 AND version > $2 ORDER BY field`,
    [arrangementId, expected],
  );
  const changed = rows.map((r) => r.field);
  return conflict(
    `This arrangement was changed by someone else after you opened it (your version ${expected})` +
      `${changed.length ? `: ${changed.join(', ')} changed` : ''}. Reload it, check the changes and save again.`,
    changed,
  );
}
