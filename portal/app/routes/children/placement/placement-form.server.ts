import { type FormError, dateErrors, dateFrom, text } from '../../../forms.server';
import { NO_PROVIDER } from './placement-words';
import { isVisitRegime } from './visit-regime-choices';

// The start and change placement forms (DOMAIN.md §9: SSDA903 placement type, provider and reason for change).
// The graph checks every code against the lists valid for the start date and refuses an overlap or a start before
// the current placement began; the portal only reads what was typed and asks for what the graph's types require.

export interface PlacementFormValues {
  householdId: string;
  placementType: string;
  providerCode: string;
  startDate: string;
  line1: string;
  line2: string;
  town: string;
  postcode: string;
  distanceFromHomeKm: string;
  intendedUntilEighteen: string;
  /** Which reg 28 visiting timetable applies (DOMAIN.md §1.5); the form starts on the usual one. */
  visitRegime: string;
  reasonForChange: string;
}

/** The graph's input paths, as the ids of the boxes on the page (its errors land beside them). */
export const PLACEMENT_FIELD_IDS: Record<string, string> = {
  'address.line1': 'line1',
  'address.line2': 'line2',
  'address.town': 'town',
  'address.postcode': 'postcode',
};

export { NO_PROVIDER } from './placement-words';

export function readPlacementForm(form: FormData): PlacementFormValues {
  return {
    householdId: text(form, 'householdId', 100),
    placementType: text(form, 'placementType', 10),
    providerCode: text(form, 'providerCode', 10),
    startDate: dateFrom(form, 'startDate'),
    line1: text(form, 'line1', 200),
    line2: text(form, 'line2', 200),
    town: text(form, 'town', 100),
    postcode: text(form, 'postcode', 20),
    distanceFromHomeKm: text(form, 'distanceFromHomeKm', 20),
    intendedUntilEighteen: text(form, 'intendedUntilEighteen', 5),
    visitRegime: text(form, 'visitRegime', 40),
    reasonForChange: text(form, 'reasonForChange', 10),
  };
}

const required = (field: string, value: string, message: string): FormError[] =>
  value === '' ? [{ field, href: `#${field}`, text: message }] : [];

/**
 * The fields both mutations share, or the errors to show first. `move` asks for the reason for change too.
 * A distance that is not a number is refused here: the graph's Float would refuse it without naming the field.
 */
export function toPlacementFields(v: PlacementFormValues, move: boolean) {
  const distance = v.distanceFromHomeKm === '' ? null : Number(v.distanceFromHomeKm.replace(/\s*km$/i, ''));
  const errors: FormError[] = [
    ...required('householdId', v.householdId, 'Choose the household the child will live with'),
    ...required('placementType', v.placementType, 'Choose the type of placement'),
    ...dateErrors([{ field: 'startDate', value: v.startDate, name: 'The date the placement starts', required: true }]),
    ...required('line1', v.line1, 'Enter the first line of the address'),
    ...required('town', v.town, 'Enter the town or city'),
    ...required('postcode', v.postcode, 'Enter the postcode'),
    ...(distance !== null && !Number.isFinite(distance)
      ? [
          {
            field: 'distanceFromHomeKm',
            href: '#distanceFromHomeKm',
            text: 'Distance from home must be a number, like 12.5',
          },
        ]
      : []),
    ...(isVisitRegime(v.visitRegime)
      ? []
      : [{ field: 'visitRegime', href: '#visitRegime', text: 'Choose which visiting timetable applies' }]),
    ...(move ? required('reasonForChange', v.reasonForChange, 'Choose the reason the placement is changing') : []),
  ];
  const fields = {
    householdId: v.householdId,
    placementType: v.placementType,
    // Left as the household's, or none for a temporary placement: the graph takes the household's provider code
    // unless the placement type takes none (docs/decisions/0023-households.md).
    providerCode: v.providerCode === NO_PROVIDER || v.providerCode === '' ? null : v.providerCode,
    startDate: v.startDate,
    address: { line1: v.line1, line2: v.line2 === '' ? null : v.line2, town: v.town, postcode: v.postcode },
    distanceFromHomeKm: distance,
    intendedUntilEighteen: v.intendedUntilEighteen === 'yes',
    visitRegime: isVisitRegime(v.visitRegime) ? v.visitRegime : ('STANDARD' as const),
  };
  return { fields, errors };
}
