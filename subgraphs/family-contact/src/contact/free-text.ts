import { type FreeTextField, readersOf } from '@lac/access';
import { type SubgraphContext, redactFreeText } from '@lac/subgraph-kit';
import { ContactTerms, type ContactTermsInput } from './terms';

/** An arrangement's free text: the parent it is made with reads it (label contact_arrangements). */
export function termsFreeText(terms: ContactTermsInput): FreeTextField[] {
  const readers = readersOf('contact_arrangements');
  return [
    { field: 'terms.frequency', name: 'how often contact happens', text: terms.frequency, readers },
    { field: 'terms.transport', name: 'the transport', text: terms.transport, readers },
    { field: 'terms.courtOrderTerms', name: 'the terms of the order', text: terms.courtOrderTerms, readers },
  ];
}

/** The terms as the caller may read them: text saved before the screen is redacted (docs/security.md). */
export async function redactTerms(ctx: SubgraphContext, childId: string, terms: ContactTerms): Promise<ContactTerms> {
  const redact = (text: string | null) => redactFreeText(ctx, childId, text);
  return Object.assign(new ContactTerms(), terms, {
    frequency: (await redact(terms.frequency)) ?? '',
    transport: await redact(terms.transport),
    courtOrderTerms: await redact(terms.courtOrderTerms),
  });
}
