/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether an action works towards the permanence plan or the arrangements for current needs */
export type CarePlanActionConcern =
  | 'ARRANGEMENTS'
  | 'PERMANENCE';

export type CarePlanActionInput = {
  concerns: CarePlanActionConcern;
  description: string;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  /** A person or a role */
  owner: string;
};

export type CarePlanArrangementInput = {
  dimension: CarePlanDimension;
  text: string;
};

/** The seven dimensions of a child’s needs */
export type CarePlanDimension =
  | 'EDUCATION'
  | 'EMOTIONAL_AND_BEHAVIOURAL_DEVELOPMENT'
  | 'FAMILY_AND_SOCIAL_RELATIONSHIPS'
  | 'HEALTH'
  | 'IDENTITY'
  | 'SELF_CARE_SKILLS'
  | 'SOCIAL_PRESENTATION';

export type CarePlanFlagCode =
  | 'ACTIONS_ONLY_ARRANGEMENTS'
  | 'NO_CARE_PLAN'
  | 'NO_PERMANENCE_PLAN_BY_SECOND_REVIEW';

/** The whole plan as it should be after this save: it becomes a new version. */
export type CarePlanInput = {
  actions: Array<CarePlanActionInput>;
  /** Each dimension at most once; blank text records nothing */
  arrangements: Array<CarePlanArrangementInput>;
  childId: string | number;
  /** The version you started from; 0 when there is no plan yet */
  expectedVersion: number;
  /** Must differ from permanencePlan */
  parallelPlan?: PermanencePlan | null | undefined;
  permanencePlan?: PermanencePlan | null | undefined;
};

/** Where the child will grow up (DOMAIN.md §2.1) */
export type PermanencePlan =
  /** Adoption */
  | 'ADOPTION'
  /** Supported or independent living */
  | 'INDEPENDENT_LIVING'
  /** Kinship or connected-person care, possibly under a special guardianship order */
  | 'KINSHIP_OR_SGO'
  /** Long-term foster care */
  | 'LONG_TERM_FOSTER_CARE'
  /** Residential care */
  | 'RESIDENTIAL'
  /** Return to the birth family */
  | 'REUNIFICATION';

/** How the caller stands to a child */
export type RelationshipKind =
  | 'ADVOCATE'
  | 'CARER'
  | 'GUARDIAN'
  | 'IRO'
  | 'MANAGER'
  | 'PARENT'
  | 'SELF'
  | 'SOCIAL_WORKER';

/** Overdue; due within 15 working days; or on track */
export type ReviewStatus =
  | 'DUE_SOON'
  | 'ON_TRACK'
  | 'OVERDUE';

/** The job someone signs in as; access still comes from relationships */
export type Role =
  | 'ADVOCATE'
  | 'FOSTER_CARER'
  | 'GUARDIAN'
  | 'IRO'
  | 'IRO_MANAGER'
  | 'PARENT'
  | 'SOCIAL_WORKER'
  | 'YOUNG_PERSON';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, displayName: string, role: Role } };

export type ChildQueryVariables = Exact<{
  id: string | number;
}>;


export type ChildQuery = { child: { id: string, givenName: string, familyName: string, dateOfBirth: string, relationship: RelationshipKind, localAuthority: { name: string }, iro: { displayName: string } | null, socialWorker: { displayName: string } | null, legalStatuses: Array<{ id: string, code: string, description: string, startDate: string, endDate: string | null }>, reviews: Array<{ id: string, heldOn: string | null }>, nextReview: { dueBy: string, latestWorkingDay: string, status: ReviewStatus, kind: string, basis: string } | null, currentPlacement: { id: string, startDate: string, placementType: string, placementTypeDescription: string, carer: { displayName: string } | null, address: { line1: string, line2: string | null, town: string, postcode: string } | null } | null } | null };

export type CarePlanVersionFieldsFragment = { number: number, savedAt: string, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedBy: { displayName: string } | null, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null };

export type CarePlanForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanForEditQuery = { child: { id: string, givenName: string, familyName: string, relationship: RelationshipKind, carePlan: { number: number, savedAt: string, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedBy: { displayName: string } | null, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } | null } | null };

export type CarePlanHeadQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanHeadQuery = { child: { carePlan: { number: number, savedBy: { displayName: string } | null } | null } | null };

export type SaveCarePlanMutationVariables = Exact<{
  input: CarePlanInput;
}>;


export type SaveCarePlanMutation = { saveCarePlan: { number: number } };

export type CarePlanQueryVariables = Exact<{
  id: string | number;
}>;


export type CarePlanQuery = { child: { id: string, givenName: string, familyName: string, relationship: RelationshipKind, carePlan: { number: number, savedAt: string, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedBy: { displayName: string } | null, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } | null, carePlanVersions: Array<{ number: number, savedAt: string, savedBy: { displayName: string } | null }>, carePlanFlags: Array<{ code: CarePlanFlagCode, message: string }> } | null };

export type CarePlanVersionQueryVariables = Exact<{
  id: string | number;
  number: number;
}>;


export type CarePlanVersionQuery = { child: { id: string, givenName: string, familyName: string, relationship: RelationshipKind, carePlan: { number: number } | null, carePlanVersion: { number: number, savedAt: string, permanencePlan: PermanencePlan | null, parallelPlan: PermanencePlan | null, savedBy: { displayName: string } | null, actions: Array<{ description: string, concerns: CarePlanActionConcern, owner: string, dueDate: string | null }> | null, arrangements: Array<{ dimension: CarePlanDimension, text: string | null }> | null } | null } | null };

export const CarePlanVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanencePlan"}},{"kind":"Field","name":{"kind":"Name","value":"parallelPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrangements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CarePlanVersionFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ChildDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Child"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"localAuthority"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"iro"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"socialWorker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legalStatuses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextReview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueBy"}},{"kind":"Field","name":{"kind":"Name","value":"latestWorkingDay"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentPlacement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"placementType"}},{"kind":"Field","name":{"kind":"Name","value":"placementTypeDescription"}},{"kind":"Field","name":{"kind":"Name","value":"carer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"address"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line1"}},{"kind":"Field","name":{"kind":"Name","value":"line2"}},{"kind":"Field","name":{"kind":"Name","value":"town"}},{"kind":"Field","name":{"kind":"Name","value":"postcode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChildQuery, ChildQueryVariables>;
export const CarePlanForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanencePlan"}},{"kind":"Field","name":{"kind":"Name","value":"parallelPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrangements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CarePlanForEditQuery, CarePlanForEditQueryVariables>;
export const CarePlanHeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanHead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CarePlanHeadQuery, CarePlanHeadQueryVariables>;
export const SaveCarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveCarePlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<SaveCarePlanMutation, SaveCarePlanMutationVariables>;
export const CarePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carePlanVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"carePlanFlags"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanencePlan"}},{"kind":"Field","name":{"kind":"Name","value":"parallelPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrangements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CarePlanQuery, CarePlanQueryVariables>;
export const CarePlanVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CarePlanVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"child"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"givenName"}},{"kind":"Field","name":{"kind":"Name","value":"familyName"}},{"kind":"Field","name":{"kind":"Name","value":"relationship"}},{"kind":"Field","name":{"kind":"Name","value":"carePlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"carePlanVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CarePlanVersionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CarePlanVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CarePlanVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"permanencePlan"}},{"kind":"Field","name":{"kind":"Name","value":"parallelPlan"}},{"kind":"Field","name":{"kind":"Name","value":"actions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrangements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]} as unknown as DocumentNode<CarePlanVersionQuery, CarePlanVersionQueryVariables>;