import { registerEnumType } from 'type-graphql';

/** What a household is approved or registered as (DOMAIN.md §9.1: the placement types each one may receive). */
export enum ApprovalType {
  FOSTER_CARER = 'foster_carer',
  CONNECTED_PERSON = 'connected_person',
  CHILDRENS_HOME = 'childrens_home',
  SUPPORTED_ACCOMMODATION = 'supported_accommodation',
}

/** In words, as the portal shows it. */
export const APPROVAL_TYPE_WORDS: Record<ApprovalType, string> = {
  [ApprovalType.FOSTER_CARER]: 'Approved foster carers',
  [ApprovalType.CONNECTED_PERSON]: 'Connected person (family or friends) carers',
  [ApprovalType.CHILDRENS_HOME]: 'Children’s home',
  [ApprovalType.SUPPORTED_ACCOMMODATION]: 'Supported accommodation',
};

registerEnumType(ApprovalType, {
  name: 'ApprovalType',
  description: 'What a household is approved or registered as: which placement types it may receive',
});

/** Whose provision a household is: the local authority's own, or an agency's. */
export enum ProviderKind {
  LOCAL_AUTHORITY = 'local_authority',
  AGENCY = 'agency',
}

registerEnumType(ProviderKind, {
  name: 'ProviderKind',
  description: 'The local authority itself, or an agency (independent or voluntary)',
});
