import {
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  defaultFieldResolver,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import type { SubgraphContext } from './context';
import { FIELD_GUARD, type FieldGuard, allowedBy, hiddenValue, subjectOf } from './sensitive';

const guardedFields = new WeakSet<object>();

/**
 * Puts the policy in front of every field that declares `@Sensitive` or `@Related`, in the schema type-graphql
 * built: the field's own resolver (or the default property read) runs only when the policy allows the read, and a
 * caller who may not see it gets the field's hidden value. The answer is given at once when the guard needs no
 * look-up (every caller but an IRO manager), so a page of children does not wait on promises per field; a
 * type-graphql middleware chain made four of them for every guarded field of every child.
 */
export function applyFieldGuards(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const guard = field.extensions?.[FIELD_GUARD] as FieldGuard | undefined;
      if (guard && !guardedFields.has(field)) {
        field.resolve = guardedResolver(field as GraphQLField<unknown, SubgraphContext>, guard);
        guardedFields.add(field);
      }
    }
  }
  return schema;
}

function guardedResolver(
  field: GraphQLField<unknown, SubgraphContext>,
  guard: FieldGuard,
): GraphQLFieldResolver<unknown, SubgraphContext> {
  const resolve = field.resolve ?? defaultFieldResolver;
  const allowed = allowedBy(guard);
  const hidden = guard.kind === 'sensitive' ? guard.hidden : undefined;
  return (root, args, context, info) => {
    const subject = subjectOf(root, info);
    const verdict = subject ? allowed(context, subject, info) : false;
    if (verdict === true) return resolve(root, args, context, info);
    if (verdict === false) return hidden ?? hiddenValue(info.returnType);
    return verdict.then((ok) => (ok ? resolve(root, args, context, info) : (hidden ?? hiddenValue(info.returnType))));
  };
}
