import { data } from 'react-router';
import type { SignedIn } from '../../../auth.server';
import { formatDate } from '../../../format.server';
import { auth } from '../../../services.server';
import { isRouteId } from '../../../route-id';

// IRO challenges for the portal: the one query the list and the detail page share, shaped for display.

export const CHALLENGES_QUERY = `query ChildChallenges($id: ID!) {
  child(id: $id) {
    id givenName familyName relationship
    challenges {
      id concern raisedWith openedOn level stageOrdinal stageName levelStartedOn respondedOn status outcome closedOn version
      responseDueBy responseDueBasis overdue
      raisedBy { displayName }
      history { version action happenedOn stageName note by { displayName } }
    }
  }
  challengeStages { ordinal name workingDays }
}`;

interface RawChallenge {
  id: string; concern: string; raisedWith: string; openedOn: string; level: string; stageOrdinal: number | null;
  stageName: string; levelStartedOn: string; respondedOn: string | null; status: string; outcome: string | null;
  closedOn: string | null; version: number; responseDueBy: string | null; responseDueBasis: string | null; overdue: boolean;
  raisedBy: { displayName: string } | null;
  history: Array<{ version: number; action: string; happenedOn: string; stageName: string; note: string | null; by: { displayName: string } | null }>;
}

interface ChallengesData {
  child: { id: string; givenName: string; familyName: string; relationship: string; challenges: RawChallenge[] } | null;
  challengeStages: Array<{ ordinal: number; name: string; workingDays: number }>;
}

/** Those who may see challenges: the IRO, the social worker and the IRO manager. Anyone else: not found. */
const SEES_CHALLENGES = ['IRO', 'SOCIAL_WORKER', 'MANAGER'];

export const notFound = (headers: Headers) => data(null, { status: 404, statusText: 'Not Found', headers });

const LEVELS: Record<string, string> = { INFORMAL: 'Informal', ALERT: 'IRO alert', FORMAL: 'Formal' };
const STATUSES: Record<string, { text: string; colour: string }> = {
  OPEN: { text: 'Open', colour: 'blue' },
  RESOLVED: { text: 'Resolved', colour: 'green' },
  REFERRED_TO_CAFCASS: { text: 'Referred to Cafcass', colour: 'purple' },
};
const ACTIONS: Record<string, string> = {
  RAISED: 'Raised',
  RESPONSE: 'Response recorded',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
  REFERRED_TO_CAFCASS: 'Referred to Cafcass',
};

export function levelLabel(c: { level: string; stageOrdinal: number | null; stageName: string }): string {
  return c.level === 'FORMAL' ? `Formal stage ${c.stageOrdinal}: ${c.stageName}` : c.level === 'ALERT' ? 'IRO alert' : 'Informal conversation';
}

function present(c: RawChallenge, stages: ChallengesData['challengeStages']) {
  const nextStage =
    c.level === 'INFORMAL' ? 'IRO alert'
    : c.level === 'ALERT' ? stages[0] && `formal stage 1: ${stages[0].name}`
    : (() => {
        const s = stages.find((x) => x.ordinal > (c.stageOrdinal ?? 0));
        return s ? `formal stage ${s.ordinal}: ${s.name}` : null;
      })();
  return {
    id: c.id,
    concern: c.concern,
    raisedWith: c.raisedWith,
    raisedBy: c.raisedBy?.displayName ?? null,
    openedOn: formatDate(c.openedOn),
    level: LEVELS[c.level] ?? c.level,
    stage: levelLabel(c),
    levelStartedOn: formatDate(c.levelStartedOn),
    open: c.status === 'OPEN',
    status: STATUSES[c.status] ?? { text: c.status, colour: 'grey' },
    outcome: c.outcome,
    closedOn: formatDate(c.closedOn),
    version: c.version,
    nextStage: nextStage ?? null,
    due: c.responseDueBy
      ? {
          dueBy: formatDate(c.responseDueBy),
          basis: c.responseDueBasis ?? '',
          tag: c.status !== 'OPEN'
            ? null
            : c.respondedOn
              ? { text: 'Response received', colour: 'green' }
              : c.overdue
                ? { text: 'Overdue', colour: 'red' }
                : { text: 'Waiting for response', colour: 'yellow' },
        }
      : null,
    respondedOn: formatDate(c.respondedOn),
    history: c.history.map((h) => ({
      key: h.version,
      action: ACTIONS[h.action] ?? h.action,
      on: formatDate(h.happenedOn),
      stage: h.stageName,
      note: h.note,
      by: h.by?.displayName ?? null,
    })),
  };
}

export type ChallengeView = ReturnType<typeof present>;

/** The child's challenges for someone who may see them; 404 for anyone else, as for an unknown child. */
export async function loadChallenges(request: Request, signedIn: SignedIn, childId: string) {
  const { data: result } = await auth().query<ChallengesData>(request, signedIn, CHALLENGES_QUERY, { id: childId });
  const child = result.child;
  if (!child || !SEES_CHALLENGES.includes(child.relationship)) throw notFound(signedIn.headers);
  return {
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    isIro: child.relationship === 'IRO',
    stages: result.challengeStages,
    challenges: child.challenges.map((c) => present(c, result.challengeStages)),
  };
}
