import { ACTIONS, SENSITIVE_FIELDS, VIEWER_AUDIENCES, type ViewerAudience as Audience, camelKey } from '@lac/access';
import { Field, ObjectType, registerEnumType } from 'type-graphql';

/**
 * `Child.viewerCan`: what the caller may see and do for a child, so the portal keeps no copy of the policy. The
 * classes are derived from the policy tables — one Boolean per label and per action — so a new label or action
 * is a new field without anyone remembering to add it.
 */
export enum ViewerAudience {
  PROFESSIONAL = 'professional',
  PARENT = 'parent',
  CARER = 'carer',
  YOUNG_PERSON = 'young_person',
}
registerEnumType(ViewerAudience, {
  name: 'ViewerAudience',
  description: 'Which words and which published version of a review this reader gets',
});

// The enum must name every audience of the policy and no other.
const _audiencesMatch: Record<Audience, ViewerAudience> = {
  professional: ViewerAudience.PROFESSIONAL,
  parent: ViewerAudience.PARENT,
  carer: ViewerAudience.CARER,
  young_person: ViewerAudience.YOUNG_PERSON,
} satisfies Record<(typeof VIEWER_AUDIENCES)[number], ViewerAudience>;
void _audiencesMatch;

@ObjectType({
  description: 'One Boolean per sensitivity label of the access policy: may the caller see it for this child?',
})
export class ChildVisibility {}

@ObjectType({ description: 'One Boolean per action of the access policy: may the caller do it for this child?' })
export class ChildActions {}

for (const [label, rule] of Object.entries(SENSITIVE_FIELDS)) {
  const who = rule.visibleTo.join(', ') + (rule.carerOnlyOwn ? ' (a carer: their own household)' : '');
  Field(() => Boolean, { description: `${label}: ${who}` })(ChildVisibility.prototype, camelKey(label));
}
for (const [action, who] of Object.entries(ACTIONS)) {
  Field(() => Boolean, { description: `${action}: ${who.join(', ')}` })(ChildActions.prototype, camelKey(action));
}

@ObjectType({ description: 'What the caller may see and do for this child, from the one access policy' })
export class ChildViewerCan {
  @Field(() => ChildVisibility) see: ChildVisibility;
  @Field(() => ChildActions) do: ChildActions;
  @Field(() => ViewerAudience) audience: ViewerAudience;
}
