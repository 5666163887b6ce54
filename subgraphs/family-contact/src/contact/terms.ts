import { badInput } from '@lac/subgraph-kit';
import { Field, InputType, ObjectType } from 'type-graphql';
import { ContactFacilitator, ContactType, SupervisionLevel, VenueType } from './enums';

/** What a contact arrangement says: everything a change can alter, kept whole in each version of its history. */
@ObjectType({ description: 'The terms of a contact arrangement at one version.' })
export class ContactTerms {
  @Field(() => ContactType) type: ContactType;
  @Field({ description: 'How often, in words, e.g. "Fortnightly on Saturdays, two hours"' }) frequency: string;
  @Field(() => SupervisionLevel) supervisionLevel: SupervisionLevel;
  @Field(() => VenueType) venueType: VenueType;
  @Field(() => String, { nullable: true, description: 'How the child gets there and back' }) transport: string | null;
  @Field(() => ContactFacilitator) facilitatedBy: ContactFacilitator;
  @Field({ description: 'Ordered by the court under s.34 Children Act 1989' }) courtOrdered: boolean;
  @Field(() => String, { nullable: true, description: 'The terms of the s.34 order' }) courtOrderTerms: string | null;
}

@InputType()
export class ContactTermsInput {
  @Field(() => ContactType) type: ContactType;
  @Field() frequency: string;
  @Field(() => SupervisionLevel) supervisionLevel: SupervisionLevel;
  @Field(() => VenueType) venueType: VenueType;
  @Field(() => String, { nullable: true }) transport?: string | null;
  @Field(() => ContactFacilitator) facilitatedBy: ContactFacilitator;
  @Field() courtOrdered: boolean;
  @Field(() => String, { nullable: true }) courtOrderTerms?: string | null;
}

const TEXT_MAX = 2000;

/** Checks and normalises terms: a court-ordered arrangement carries its terms, and only it does. */
export function checkTerms(input: ContactTermsInput): ContactTerms {
  const frequency = input.frequency.trim();
  if (!frequency) throw badInput('terms.frequency', 'REQUIRED', 'Say how often contact happens');
  const transport = input.transport?.trim() || null;
  const courtOrderTerms = input.courtOrderTerms?.trim() || null;
  for (const [field, value] of [
    ['terms.frequency', frequency],
    ['terms.transport', transport],
    ['terms.courtOrderTerms', courtOrderTerms],
  ] as const) {
    if (value && value.length > TEXT_MAX) throw badInput(field, 'TOO_LONG', `Keep it under ${TEXT_MAX} characters`);
  }
  if (input.courtOrdered && !courtOrderTerms) {
    throw badInput('terms.courtOrderTerms', 'REQUIRED', 'Give the terms of the s.34 order');
  }
  if (!input.courtOrdered && courtOrderTerms) {
    throw badInput('terms.courtOrderTerms', 'INVALID', 'Only a court-ordered arrangement has order terms');
  }
  return Object.assign(new ContactTerms(), {
    type: input.type,
    frequency,
    supervisionLevel: input.supervisionLevel,
    venueType: input.venueType,
    transport,
    facilitatedBy: input.facilitatedBy,
    courtOrdered: input.courtOrdered,
    courtOrderTerms,
  });
}
