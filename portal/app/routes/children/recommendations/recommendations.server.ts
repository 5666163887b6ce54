import { formatDate } from '../../../format.server';
import type { DriftReason, RecommendationOutcomeKind, RecommendationStatus } from '../../../graphql/generated/graphql';

// Labels for review recommendations; the rules (drift, what is open) come from the graph.

export const DRIFT_LABELS: Record<DriftReason, string> = {
  OVERDUE: 'Overdue',
  CARRIED_FORWARD_WITHOUT_PROGRESS: 'Carried forward without progress',
  CARRIED_FORWARD_NO_NEW_DATE: 'Carried forward with no new date',
};

export const STATUS_LABELS: Record<RecommendationStatus, { text: string; colour: 'blue' | 'green' | 'grey' }> = {
  OPEN: { text: 'Open', colour: 'blue' },
  ACHIEVED: { text: 'Achieved', colour: 'green' },
  DROPPED: { text: 'Dropped', colour: 'grey' },
};

export interface OutcomeShape {
  outcome: RecommendationOutcomeKind;
  reason: string | null;
  newDueDate: string | null;
  progress: string | null;
  heldOn: string;
}

/** One link of the chain, in words: "Carried forward at the review on 24 April 2026: reason. New due date …". */
export function outcomeStep(o: OutcomeShape): { title: string; details: string[] } {
  const at = `at the review on ${formatDate(o.heldOn)}`;
  if (o.outcome === 'ACHIEVED') return { title: `Achieved ${at}`, details: o.reason ? [o.reason] : [] };
  if (o.outcome === 'DROPPED') return { title: `Dropped ${at}`, details: [`Why: ${o.reason ?? ''}`] };
  return {
    title: `Carried forward ${at}`,
    details: [
      `Why it was not achieved: ${o.reason ?? ''}`,
      o.newDueDate ? `New due date: ${formatDate(o.newDueDate)}` : 'No new due date given',
      o.progress ? `Progress: ${o.progress}` : 'No progress recorded',
    ],
  };
}
