/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query Me { me { id displayName role } }": typeof types.MeDocument,
    "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n": typeof types.ChildDocument,
    "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n": typeof types.CarePlanVersionFieldsFragmentDoc,
    "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n": typeof types.CarePlanForEditDocument,
    "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n": typeof types.CarePlanHeadDocument,
    "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n": typeof types.SaveCarePlanDocument,
    "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n": typeof types.CarePlanDocument,
    "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n": typeof types.CarePlanVersionDocument,
};
const documents: Documents = {
    "query Me { me { id displayName role } }": types.MeDocument,
    "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n": types.ChildDocument,
    "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n": types.CarePlanVersionFieldsFragmentDoc,
    "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n": types.CarePlanForEditDocument,
    "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n": types.CarePlanHeadDocument,
    "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n": types.SaveCarePlanDocument,
    "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n": types.CarePlanDocument,
    "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n": types.CarePlanVersionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { id displayName role } }"): (typeof documents)["query Me { me { id displayName role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Child($id: ID!) {\n    child(id: $id) {\n      id givenName familyName dateOfBirth relationship\n      localAuthority { name }\n      iro { displayName }\n      socialWorker { displayName }\n      legalStatuses { id code description startDate endDate }\n      reviews { id heldOn }\n      nextReview { dueBy latestWorkingDay status kind basis }\n      currentPlacement {\n        id startDate placementType placementTypeDescription\n        carer { displayName }\n        address { line1 line2 town postcode }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n"): (typeof documents)["\n  fragment CarePlanVersionFields on CarePlanVersion {\n    number savedAt savedBy { displayName } permanencePlan parallelPlan\n    actions { description concerns owner dueDate } arrangements { dimension text }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n"): (typeof documents)["\n  query CarePlanForEdit($id: ID!) {\n    child(id: $id) { id givenName familyName relationship carePlan { ...CarePlanVersionFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n"): (typeof documents)["\n  query CarePlanHead($id: ID!) { child(id: $id) { carePlan { number savedBy { displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n"): (typeof documents)["\n  mutation SaveCarePlan($input: CarePlanInput!) { saveCarePlan(input: $input) { number } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n"): (typeof documents)["\n  query CarePlan($id: ID!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { ...CarePlanVersionFields }\n      carePlanVersions { number savedAt savedBy { displayName } }\n      carePlanFlags { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n"): (typeof documents)["\n  query CarePlanVersion($id: ID!, $number: Int!) {\n    child(id: $id) {\n      id givenName familyName relationship\n      carePlan { number }\n      carePlanVersion(number: $number) { ...CarePlanVersionFields }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;