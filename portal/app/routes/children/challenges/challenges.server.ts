import { formatDate } from '../../../format.server';
import { graphql } from '../../../graphql/generated';
import type {
  ChallengeAction,
  ChallengeLevel,
  ChallengeStatus,
  ChildChallengesQuery,
} from '../../../graphql/generated/graphql';
import type { SessionRoute } from '../../../session-route.server';
import { challengeActions, seesIroChallenges } from '../../../viewer';

// IRO challenges for the portal: the one query the list and the detail page share, shaped for display.

export const CHALLENGES_QUERY = graphql(`
  query ChildChallenges($id: ID!) {
    child(id: $id) {
      id
      givenName
      familyName
      ...Viewer
      challenges {
        id
        concern
        raisedWith
        openedOn
        level
        stageOrdinal
        stageName
        levelStartedOn
        respondedOn
        status
        outcome
        closedOn
        version
        responseDueBy
        responseDueBasis
        overdue
        raisedBy {
          displayName
        }
        history {
          version
          action
          happenedOn
          stageName
          note
          by {
            displayName
          }
        }
      }
    }
    challengeStages {
      ordinal
      name
      workingDays
    }
  }
`);

type RawChallenge = NonNullable<ChildChallengesQuery['child']>['challenges'][number];
type Stages = ChildChallengesQuery['challengeStages'];

const LEVELS: Record<ChallengeLevel, string> = { INFORMAL: 'Informal', ALERT: 'IRO alert', FORMAL: 'Formal' };
const STATUSES: Record<ChallengeStatus, { text: string; colour: string }> = {
  OPEN: { text: 'Open', colour: 'blue' },
  RESOLVED: { text: 'Resolved', colour: 'green' },
  REFERRED_TO_CAFCASS: { text: 'Referred to Cafcass', colour: 'purple' },
};
const ACTIONS: Record<ChallengeAction, string> = {
  RAISED: 'Raised',
  RESPONSE: 'Response recorded',
  ESCALATED: 'Escalated',
  RESOLVED: 'Resolved',
  REFERRED_TO_CAFCASS: 'Referred to Cafcass',
};

export function levelLabel(c: { level: ChallengeLevel; stageOrdinal: number | null; stageName: string }): string {
  return c.level === 'FORMAL'
    ? `Formal stage ${c.stageOrdinal}: ${c.stageName}`
    : c.level === 'ALERT'
      ? 'IRO alert'
      : 'Informal conversation';
}

function present(c: RawChallenge, stages: Stages) {
  const nextStage =
    c.level === 'INFORMAL'
      ? 'IRO alert'
      : c.level === 'ALERT'
        ? stages[0] && `formal stage 1: ${stages[0].name}`
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
    level: LEVELS[c.level],
    stage: levelLabel(c),
    levelStartedOn: formatDate(c.levelStartedOn),
    open: c.status === 'OPEN',
    status: STATUSES[c.status],
    outcome: c.outcome,
    closedOn: formatDate(c.closedOn),
    version: c.version,
    nextStage: nextStage ?? null,
    due: c.responseDueBy
      ? {
          dueBy: formatDate(c.responseDueBy),
          basis: c.responseDueBasis ?? '',
          tag:
            c.status !== 'OPEN'
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
      action: ACTIONS[h.action],
      on: formatDate(h.happenedOn),
      stage: h.stageName,
      note: h.note,
      by: h.by?.displayName ?? null,
    })),
  };
}

export type ChallengeView = ReturnType<typeof present>;

/** The child's challenges for someone who may see them; 404 for anyone else, as for an unknown child. */
export async function loadChallenges(session: SessionRoute, childId: string) {
  const { child, result } = await session.child(CHALLENGES_QUERY, { id: childId });
  if (!seesIroChallenges(child)) throw session.notFound();
  return {
    childId: child.id,
    name: `${child.givenName} ${child.familyName}`,
    can: challengeActions(child),
    stages: result.challengeStages,
    challenges: child.challenges.map((c) => present(c, result.challengeStages)),
  };
}
