/**
 * Figures computed per child in a list (a caseload, the children list) are nullable so that one child's bad data
 * (say, a period of care dated before the holiday calendar) fails only that child's field: the error carries the
 * path (…items.3.overdueReviewRecords) and every other child still renders. A non-null field would null the
 * whole child, and with it the list.
 */
export const NOT_COMPUTED = 'Null, with an error naming this path, when it could not be computed for this child.';
