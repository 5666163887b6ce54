import type { GraphQLResolveInfo } from 'graphql';

/** The part of a resolver's `info` that names the field being read. */
export type FieldInfo = Pick<GraphQLResolveInfo, 'parentType' | 'fieldName'>;

/**
 * The audit key of a read: the GraphQL type and field, e.g. `Review.decisions`. Derived, never typed, so the audit
 * trail names exactly what the schema calls the thing that was read.
 */
export function auditKey(info: FieldInfo): string {
  return `${info.parentType.name}.${info.fieldName}`;
}
