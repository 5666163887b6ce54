import type { RecordOwner, SensitiveLabel } from '@lac/access';
import {
  GraphQLBoolean,
  GraphQLFloat,
  GraphQLInt,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  isListType,
  isNonNullType,
} from 'graphql';
import { Extensions } from 'type-graphql';
import type { SubgraphContext } from './context';

/**
 * An object that carries a sensitive field must say whose child it is about and whose record it is. The `Child`
 * entity (every subgraph's `@key(fields: "id")` type) is the child itself, so its `id` is the child id.
 */
export interface SensitiveSubject {
  childId: string;
  ownerPersonId?: RecordOwner;
  /** Known on the Child itself; saves the IRO manager's batched look-up. */
  localAuthorityId?: string | null;
}

export function subjectOf(root: unknown, info: Pick<GraphQLResolveInfo, 'parentType'>): SensitiveSubject | null {
  const object = root as Partial<SensitiveSubject & { id: string }> | null | undefined;
  if (!object) return null;
  if (info.parentType.name === 'Child') {
    return object.id ? { childId: object.id, localAuthorityId: object.localAuthorityId } : null;
  }
  return object.childId ? { childId: object.childId, ownerPersonId: object.ownerPersonId ?? null } : null;
}

/**
 * What a field reads as when the caller may not see it: exactly what a record without it would give — `null`
 * for a nullable field, `[]` for a list, `0` for a count, `false` for a flag. Decided by the field's type so no
 * resolver can pick something else.
 */
export function hiddenValue(type: GraphQLOutputType): null | [] | 0 | false {
  if (!isNonNullType(type)) return null;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (inner === GraphQLInt || inner === GraphQLFloat) return 0;
  if (inner === GraphQLBoolean) return false;
  throw new Error(`A non-null ${String(inner)} cannot be hidden: make the field nullable`);
}

/** The policy's answer for one field: at once when the guard needs no look-up, a promise when it does. */
export type Allowed = (
  ctx: SubgraphContext,
  subject: SensitiveSubject,
  info: GraphQLResolveInfo,
) => boolean | Promise<boolean>;

/**
 * What `@Sensitive` / `@Related` record on a field, under `extensions.lacGuard` of the built schema. The kit's schema
 * build (field-guards.ts) wraps every field that carries one in the policy's check, before the field's own resolver.
 */
export type FieldGuard =
  { kind: 'sensitive'; label: SensitiveLabel; hidden?: [] | 0 } | { kind: 'related'; audit: boolean };

export const FIELD_GUARD = 'lacGuard';

/** The policy's question for a declared guard. */
export function allowedBy(guard: FieldGuard): Allowed {
  if (guard.kind === 'sensitive') {
    const { label } = guard;
    return (ctx, subject, info) => {
      const owner = subject.ownerPersonId ?? null;
      const known = ctx.access.readSensitiveIfKnown(subject.childId, label, info, owner);
      return known ?? ctx.access.readSensitive(subject.childId, label, info, owner);
    };
  }
  const { audit } = guard;
  return (ctx, subject, info) => {
    const { childId, localAuthorityId } = subject;
    const known = audit
      ? ctx.access.readIfKnown(childId, info, localAuthorityId)
      : ctx.access.knownRelationship(childId, localAuthorityId);
    if (known !== undefined) return known !== null;
    const asked = audit
      ? ctx.access.read(childId, info, localAuthorityId)
      : ctx.access.relationshipTo(childId, localAuthorityId);
    return asked.then((relationship) => relationship !== null);
  };
}

// Both decorators only declare (type-graphql's `@Extensions`); the check itself is the kit's wrapper around the
// field's resolver (field-guards.ts), applied by the kit's schema build to every field that declares one. A
// type-graphql middleware did the same but made every guarded field of every child a chain of four promises even
// when the answer was known at once (docs/benchmarks.md, "The subgraph kit's fixed cost").

/**
 * Marks a field with a sensitivity label from the access policy. A caller who may not see it gets the field's
 * hidden value (null, [] or 0), which reads exactly like a record without it; a read allowed is audited as
 * `Type.field`. Lists and counts use it like any other field.
 */
export const Sensitive = (
  label: SensitiveLabel,
  options: {
    /**
     * For a count or list made nullable only so that one child's failed computation nulls that field alone (see
     * care-planning's children/not-computed.ts): what the field reads as when there is nothing, [] or 0, so a
     * caller who may not see it still gets exactly what a record without it gives, never a telltale null.
     */
    hidden?: [] | 0;
  } = {},
): MethodDecorator & PropertyDecorator => declare({ kind: 'sensitive', label, hidden: options.hidden });

/**
 * A field anyone related to the child may see (what has no label in the policy). Re-asks the policy on the field
 * rather than trusting how the parent object was reached. Not audited field by field where reaching the child was
 * (care-planning's `child(id)` audits `Child`); with `audit: true` each read allowed is audited under the field's
 * derived key (`Child.placements`), for a subgraph whose `Child` is reached through `_entities` without an audit
 * (docs/decisions/0012).
 */
export const Related = (options: { audit?: boolean } = {}): MethodDecorator & PropertyDecorator =>
  declare({ kind: 'related', audit: options.audit === true });

// The fields that already declare a guard, per class: type-graphql merges a field's extensions, so a second
// declaration would silently replace the first (two labels on one field once meant both checks).
const declared = new WeakMap<object, Set<string | symbol>>();

function declare(guard: FieldGuard): MethodDecorator & PropertyDecorator {
  const extensions = Extensions({ [FIELD_GUARD]: guard });
  return (target: object, propertyKey: string | symbol, descriptor?: PropertyDescriptor) => {
    const fields = declared.get(target) ?? new Set<string | symbol>();
    if (fields.has(propertyKey)) {
      throw new Error(`${String(propertyKey)} declares @Sensitive/@Related twice: one guard per field`);
    }
    fields.add(propertyKey);
    declared.set(target, fields);
    extensions(target, propertyKey, descriptor as PropertyDescriptor);
  };
}
