import 'reflect-metadata';
import { ACTIONS, SENSITIVE_FIELDS, camelKey } from '@lac/access';
import { GraphQLObjectType } from 'graphql';
import { Field, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { ChildViewerCan } from './viewer-can';

@ObjectType()
class Holder {
  @Field(() => ChildViewerCan) viewerCan: ChildViewerCan;
}

@Resolver()
class Only {
  @Query(() => Holder) holder(): Holder | null {
    return null;
  }
}

describe('ChildViewerCan', () => {
  it('has one Boolean field per policy label and per action, and the four audiences', async () => {
    const schema = await buildSchema({ resolvers: [Only], validate: false });
    const fields = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType).getFields()).sort();
    expect(fields('ChildVisibility')).toEqual(Object.keys(SENSITIVE_FIELDS).map(camelKey).sort());
    expect(fields('ChildActions')).toEqual(Object.keys(ACTIONS).map(camelKey).sort());
    expect(fields('ChildViewerCan')).toEqual(['audience', 'do', 'see']);
    const audience = schema.getType('ViewerAudience');
    expect(audience && 'getValues' in audience ? audience.getValues().map((v) => v.name) : []).toEqual([
      'PROFESSIONAL',
      'PARENT',
      'CARER',
      'YOUNG_PERSON',
    ]);
  });
});
