import { placementPlanDue, type IsoDate } from '@lac/statutory';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@lac/subgraph-kit';

export enum PlanDueStatus {
  AGREED_ON_TIME = 'AGREED_ON_TIME',
  AGREED_LATE = 'AGREED_LATE',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
}
registerEnumType(PlanDueStatus, { name: 'PlanDueStatus' });

@ObjectType({ description: 'When the placement plan had to be agreed (CPPCR reg 9), and whether it was.' })
export class PlacementPlanDue {
  @Field(() => DateScalar) dueBy: string;
  @Field({ description: 'The rule, the date counted from, the counting convention and the calendar version' })
  basis: string;
  @Field(() => PlanDueStatus) status: PlanDueStatus;
}

/** Agreed by the due date is on time; not agreed is due until the day after it, then overdue. */
export function planDue(placementStart: string, agreedOn: string | null, today: string): PlacementPlanDue {
  const due = placementPlanDue(placementStart as IsoDate);
  const { rule, from, convention, calendarVersion } = due.basis;
  let status: PlanDueStatus;
  if (agreedOn) status = agreedOn <= due.dueBy ? PlanDueStatus.AGREED_ON_TIME : PlanDueStatus.AGREED_LATE;
  else status = today > due.dueBy ? PlanDueStatus.OVERDUE : PlanDueStatus.DUE;
  return Object.assign(new PlacementPlanDue(), {
    dueBy: due.dueBy,
    basis: `${rule}. Counted from ${from}. ${convention}. Calendar ${calendarVersion}.`,
    status,
  });
}
