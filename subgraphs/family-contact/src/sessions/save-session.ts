import { badInput, conflict } from '@lac/subgraph-kit';
import { isIsoDate } from '@lac/statutory';
import type { EntityManager } from 'typeorm';
import type { ContactArrangement } from '../contact/arrangement.entity';
import { VenueType } from '../contact/enums';
import { CancelledBy, SessionStatus } from './enums';
import { ContactSession } from './session.entity';

const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const TEXT_MAX = 4000;

export interface NewSession {
  date: string;
  startTime: string;
  venueDescription?: string | null;
  venueConfidential?: boolean | null;
  pickUpTime?: string | null;
  dropOffTime?: string | null;
}

export interface SessionOutcome {
  expectedVersion: number;
  status: SessionStatus;
  cancelledBy?: CancelledBy | null;
  cancellationReason?: string | null;
  supervisorRecord?: string | null;
  childViews?: string | null;
  forCourt?: boolean | null;
}

function time(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  if (!TIME.test(value.trim())) throw badInput(field, 'INVALID', `${field} is a time written HH:MM, like 14:30`);
  return value.trim();
}

function text(field: string, value: string | null | undefined): string | null {
  const t = value?.trim() || null;
  if (t && t.length > TEXT_MAX) throw badInput(field, 'TOO_LONG', `Keep it under ${TEXT_MAX} characters`);
  return t;
}

/**
 * A session under an arrangement that is running on its date. A session at a carer's home is always confidential:
 * its venue would reveal where the child lives.
 */
export async function scheduleSession(
  em: EntityManager,
  arrangement: ContactArrangement,
  input: NewSession,
  today: string,
): Promise<ContactSession> {
  if (arrangement.endDate !== null && arrangement.endDate < today) {
    throw badInput('arrangementId', 'INVALID_STATE', `This arrangement ended on ${arrangement.endDate}`);
  }
  if (!isIsoDate(input.date)) throw badInput('date', 'INVALID_DATE', 'date must be a real date written YYYY-MM-DD');
  if (input.date < arrangement.startDate || (arrangement.endDate !== null && input.date > arrangement.endDate)) {
    throw badInput('date', 'INVALID', 'The session must fall within the arrangement’s dates');
  }
  const startTime = time('startTime', input.startTime);
  if (!startTime) throw badInput('startTime', 'REQUIRED', 'Give the start time');
  const repo = em.getRepository(ContactSession);
  return repo.save(
    repo.create({
      arrangementId: arrangement.id,
      childId: arrangement.childId,
      memberPersonId: arrangement.memberPersonId,
      version: 1,
      date: input.date,
      startTime,
      venueType: arrangement.venueType,
      venueDescription: text('venueDescription', input.venueDescription),
      venueConfidential: arrangement.venueType === VenueType.CARER_HOME || Boolean(input.venueConfidential),
      pickUpTime: time('pickUpTime', input.pickUpTime),
      dropOffTime: time('dropOffTime', input.dropOffTime),
      status: SessionStatus.SCHEDULED,
      cancelledBy: null,
      cancellationReason: null,
      supervisorRecord: null,
      childViews: null,
      carerNote: null,
      forCourt: false,
    }),
  );
}

/** What happened at a session, as the social worker records it; CONFLICT if someone recorded it meanwhile. */
export async function recordOutcome(
  em: EntityManager,
  session: ContactSession,
  input: SessionOutcome,
  today: string,
): Promise<ContactSession> {
  if (input.status === SessionStatus.SCHEDULED) throw badInput('status', 'INVALID', 'Say what happened');
  const cancelled = input.status === SessionStatus.CANCELLED;
  const reason = text('cancellationReason', input.cancellationReason);
  if (cancelled && !input.cancelledBy) throw badInput('cancelledBy', 'REQUIRED', 'Say who cancelled');
  if (cancelled && !reason) throw badInput('cancellationReason', 'REQUIRED', 'Say why it was cancelled');
  if (!cancelled && (input.cancelledBy || reason)) {
    throw badInput('cancelledBy', 'INVALID', 'Only a cancelled session has who cancelled it and why');
  }
  if (!cancelled && session.date > today) {
    throw badInput('status', 'DATE_IN_FUTURE', `This session is on ${session.date}: record what happened after it`);
  }
  const values = {
    status: input.status,
    cancelledBy: cancelled ? (input.cancelledBy ?? null) : null,
    cancellationReason: cancelled ? reason : null,
    supervisorRecord: text('supervisorRecord', input.supervisorRecord),
    childViews: text('childViews', input.childViews),
    forCourt: Boolean(input.forCourt),
  };
  // TypeORM's postgres driver answers an UPDATE ... RETURNING with [rows, affected].
  const [rows]: [Array<{ version: number }>, number] = await em.query(
    `UPDATE family_contact.contact_sessions
        SET version = version + 1, status = $3, cancelled_by = $4, cancellation_reason = $5, supervisor_record = $6,
            child_views = $7, for_court = $8
      WHERE id = $1 AND version = $2 RETURNING version`,
    [
      session.id,
      input.expectedVersion,
      values.status,
      values.cancelledBy,
      values.cancellationReason,
      values.supervisorRecord,
      values.childViews,
      values.forCourt,
    ],
  );
  const version = rows[0]?.version;
  if (version === undefined) {
    throw conflict('This session was recorded by someone else after you opened it. Reload it and check.', ['status']);
  }
  return Object.assign(new ContactSession(), session, values, { version });
}

/** The carer's note on how the child was afterwards. */
export async function recordCarerNote(
  em: EntityManager,
  session: ContactSession,
  note: string,
): Promise<ContactSession> {
  const carerNote = text('note', note);
  if (!carerNote) throw badInput('note', 'REQUIRED', 'Write how the child was after contact');
  await em.getRepository(ContactSession).update({ id: session.id }, { carerNote });
  return Object.assign(new ContactSession(), session, { carerNote });
}
