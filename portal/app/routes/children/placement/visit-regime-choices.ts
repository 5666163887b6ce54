// Client-safe: the reg 28 visiting timetables (DOMAIN.md §1.5) the start and change placement forms offer, in plain
// words. The graph computes the next visit from the choice (packages/statutory nextVisitDue); the portal only names it.
import type { VisitRegime } from '../../../graphql/generated/graphql';

export const VISIT_REGIME_CHOICES: ReadonlyArray<{ value: VisitRegime; text: string; hint: string }> = [
  {
    value: 'STANDARD',
    text: 'The usual timetable',
    hint: 'A visit within a week of the move, then at least every 6 weeks in the first year; after that every 3 months if the placement is meant to last until 18, otherwise every 6 weeks',
  },
  {
    value: 'PARENT_BEFORE_ASSESSMENT',
    text: 'Placed with a parent before the assessment is finished',
    hint: 'At least weekly until the first review, then at least every 6 weeks',
  },
  {
    value: 'TEMPORARY_CONNECTED_PERSON',
    text: 'With a relative or friend approved for now only, or at home under an interim care order',
    hint: 'At least weekly until the first review, then at least every 4 weeks',
  },
  {
    value: 'CARE_ORDER_WITH_PARENT',
    text: 'Living with a parent under a care order',
    hint: 'A visit within a week of the care order, then at least every 6 weeks',
  },
];

export const isVisitRegime = (v: string): v is VisitRegime => VISIT_REGIME_CHOICES.some((c) => c.value === v);
