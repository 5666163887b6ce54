import { type FreeTextField, type FreeTextReader, readersOf } from '@lac/access';

/**
 * A session's free text and who in the family reads it: its venue (a confidential venue only the carer, label
 * contact_confidential_venue; otherwise the parent too, contact_sessions) and why it was cancelled.
 */
export function scheduleFreeText(input: {
  venueDescription?: string | null;
  venueConfidential?: boolean | null;
}): FreeTextField[] {
  const readers: FreeTextReader[] = readersOf(
    input.venueConfidential ? 'contact_confidential_venue' : 'contact_sessions',
  );
  return [{ field: 'venueDescription', name: 'the venue', text: input.venueDescription, readers }];
}

export function outcomeFreeText(input: { cancellationReason?: string | null }): FreeTextField[] {
  return [
    {
      field: 'cancellationReason',
      name: 'why it was cancelled',
      text: input.cancellationReason,
      readers: readersOf('contact_sessions'),
    },
  ];
}
