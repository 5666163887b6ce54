import type { Actor, Role } from './actor';
import { ACTIONS, type Action, SENSITIVE_FIELDS, type SensitiveLabel, mayPerform, maySeeField } from './policy';
import type { RelationshipKind } from './relationships';

/** `placement_address` → `placementAddress`: how a policy key is named in the graph. */
export function camelKey(key: string): string {
  return key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

type Camel<S extends string> = S extends `${infer H}_${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;

/** One Boolean per label of SENSITIVE_FIELDS, named in camelCase. */
export type Visibility = { [L in SensitiveLabel as Camel<L>]: boolean };
/** One Boolean per key of ACTIONS, named in camelCase. */
export type Actions = { [A in Action as Camel<A>]: boolean };

/**
 * Which words and which published version of a review a reader gets. The portal picks its wording from this,
 * never from the relationship, so the mapping lives here once.
 */
export const VIEWER_AUDIENCES = ['professional', 'parent', 'carer', 'young_person'] as const;
export type ViewerAudience = (typeof VIEWER_AUDIENCES)[number];

/**
 * An advocate reads professional wording: they are a professional acting for the child, although (until
 * advocacy has its own rules) no published version of a review is addressed to them (OUTCOME_AUDIENCES).
 */
const AUDIENCE_OF = {
  iro: 'professional',
  social_worker: 'professional',
  manager: 'professional',
  guardian: 'professional',
  advocate: 'professional',
  parent: 'parent',
  carer: 'carer',
  self: 'young_person',
} as const satisfies Record<RelationshipKind, ViewerAudience>;

export function viewerAudience(relationship: RelationshipKind): ViewerAudience {
  return AUDIENCE_OF[relationship];
}

/**
 * Which words the service speaks to someone in across all their children (the footer, the landing page): the
 * audience of the relationships their job brings. Wording only — what they may see of a child still comes from
 * their relationship to that child (`viewerCapabilities`).
 */
const ROLE_AUDIENCE = {
  iro: 'professional',
  iro_manager: 'professional',
  social_worker: 'professional',
  advocate: 'professional',
  guardian: 'professional',
  parent: 'parent',
  foster_carer: 'carer',
  young_person: 'young_person',
} as const satisfies Record<Role, ViewerAudience>;

export function roleAudience(role: Role): ViewerAudience {
  return ROLE_AUDIENCE[role];
}

export interface ViewerCapabilities {
  see: Visibility;
  do: Actions;
  audience: ViewerAudience;
}

/**
 * What a caller standing in `relationship` to a child may see and do, for the portal to choose sections, links
 * and forms without a copy of the policy. Computed from the same tables and functions that the subgraphs enforce.
 *
 * Labels that a carer sees only for their own household (`carerOnlyOwn`) are answered for the child's current
 * placement: a carer holds the `carer` relationship only while the child is placed with them (the placements
 * subgraph grants it from their own placement and ends it with the placement), so for a carer the current
 * placement is their own and `see.placementAddress` is true. Labels a parent sees only for their own records
 * (`parentOnlyOwn`: their contact arrangements and sessions) are answered for those: a parent has some to see.
 * Each field still checks the owner of its own record.
 */
export function viewerCapabilities(actor: Actor, relationship: RelationshipKind): ViewerCapabilities {
  const see = {} as Record<string, boolean>;
  for (const label of Object.keys(SENSITIVE_FIELDS) as SensitiveLabel[]) {
    const rule: { carerOnlyOwn: boolean; parentOnlyOwn?: boolean } = SENSITIVE_FIELDS[label];
    const ownOnly =
      (relationship === 'carer' && rule.carerOnlyOwn) || (relationship === 'parent' && rule.parentOnlyOwn);
    const owner = ownOnly ? actor.personId : null;
    see[camelKey(label)] = maySeeField(actor, relationship, label, owner);
  }
  const can = {} as Record<string, boolean>;
  for (const action of Object.keys(ACTIONS) as Action[]) can[camelKey(action)] = mayPerform(relationship, action);
  return { see: see as Visibility, do: can as Actions, audience: viewerAudience(relationship) };
}
