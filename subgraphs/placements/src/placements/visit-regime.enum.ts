import type { VisitRegime as StatutoryVisitRegime } from '@lac/statutory';
import { registerEnumType } from 'type-graphql';

/** The reg 28 timetables of @lac/statutory's nextVisitDue, as a GraphQL enum (values are the statutory names). */
export enum VisitRegime {
  STANDARD = 'standard',
  PARENT_BEFORE_ASSESSMENT = 'parent_before_assessment',
  TEMPORARY_CONNECTED_PERSON = 'temporary_connected_person',
  CARE_ORDER_WITH_PARENT = 'care_order_with_parent',
}

// Fails to compile if the enum and the statutory union drift apart.
const sameValues: Record<StatutoryVisitRegime, VisitRegime> = {
  standard: VisitRegime.STANDARD,
  parent_before_assessment: VisitRegime.PARENT_BEFORE_ASSESSMENT,
  temporary_connected_person: VisitRegime.TEMPORARY_CONNECTED_PERSON,
  care_order_with_parent: VisitRegime.CARE_ORDER_WITH_PARENT,
};
void sameValues;

registerEnumType(VisitRegime, {
  name: 'VisitRegime',
  description: 'Which reg 28 social-worker visit timetable applies (DOMAIN.md §1.5)',
});
