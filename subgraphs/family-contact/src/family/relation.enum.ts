import { registerEnumType } from 'type-graphql';

/** How a relative stands to the child. `PARENT` is a parent recorded before the network said mother or father. */
export enum FamilyRelation {
  MOTHER = 'mother',
  FATHER = 'father',
  PARENT = 'parent',
  SIBLING = 'sibling',
  GRANDPARENT = 'grandparent',
  OTHER = 'other',
}
registerEnumType(FamilyRelation, { name: 'FamilyRelation', description: 'How a relative stands to the child' });

/** Where a sibling lives: siblings are often placed apart, adopted, or still at home. */
export enum SiblingLiving {
  PLACED_TOGETHER = 'placed_together',
  PLACED_ELSEWHERE = 'placed_elsewhere',
  ADOPTED = 'adopted',
  AT_HOME = 'at_home',
}
registerEnumType(SiblingLiving, { name: 'SiblingLiving', description: 'Where a sibling lives' });

export const isFamilyRelation = (v: string): v is FamilyRelation =>
  (Object.values(FamilyRelation) as string[]).includes(v);
export const isSiblingLiving = (v: string): v is SiblingLiving =>
  (Object.values(SiblingLiving) as string[]).includes(v);
