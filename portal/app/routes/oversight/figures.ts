import type { OversightFigure } from '../../graphql/generated/graphql';

/**
 * The oversight figures that lead to the children behind them (decision 0020): the URL's name for each, the graph's,
 * what the page calls it, and whether it counts children (amount always 1) or things each child has.
 */
export const FIGURES = {
  children: { figure: 'CHILDREN', label: 'Children looked after', perChild: false },
  unallocated: { figure: 'UNALLOCATED', label: 'Children with no IRO allocated', perChild: false },
  overdueReviews: { figure: 'OVERDUE_REVIEWS', label: 'Reviews overdue', perChild: false },
  dueSoonReviews: { figure: 'DUE_SOON_REVIEWS', label: 'Reviews due within 15 working days', perChild: false },
  overdueReviewRecords: {
    figure: 'OVERDUE_REVIEW_RECORDS',
    label: 'Review records overdue (decisions or full record)',
    perChild: true,
  },
  driftingRecommendations: { figure: 'DRIFTING_RECOMMENDATIONS', label: 'Recommendations drifting', perChild: true },
  openChallenges: { figure: 'OPEN_CHALLENGES', label: 'Open IRO challenges', perChild: true },
  overdueChallengeResponses: {
    figure: 'OVERDUE_CHALLENGE_RESPONSES',
    label: 'IRO challenges with a response overdue',
    perChild: true,
  },
} as const satisfies Record<string, { figure: OversightFigure; label: string; perChild: boolean }>;

export type FigureName = keyof typeof FIGURES;

export const isFigureName = (value: string | null): value is FigureName =>
  value !== null && Object.prototype.hasOwnProperty.call(FIGURES, value);

/** The link from a figure on the oversight page to the children behind it. */
export const figureHref = (figure: FigureName, iroId?: string) =>
  `/oversight/children?${new URLSearchParams(iroId ? { figure, iro: iroId } : { figure })}`;
