import { describe, expect, it } from 'vitest';
import { UNAVAILABLE_CODE, UNAVAILABLE_MESSAGE, unavailableErrors } from './unavailable';

const paths = (text: string, n = 0) => unavailableErrors(text, n).map((e) => e.path);

describe('unavailableErrors: what a failed subgraph fetch was to fill', () => {
  it('a root fetch: one error per root field, by its response key', () => {
    expect(paths('query Q($id: ID!) { child(id: $id) { id } me: viewer { id } __typename }')).toEqual([
      ['child'],
      ['me'],
    ]);
  });

  it('an entity fetch: each representation, each field of its fragments, once', () => {
    const text = `query Q($representations: [_Any!]!) { _entities(representations: $representations) {
      ... on Child { __typename currentPlacement { id } p2: currentPlacement { id } }
      ... on Person { currentPlacement { id } } } }`;
    expect(paths(text, 2)).toEqual([
      ['_entities', 0, 'currentPlacement'],
      ['_entities', 0, 'p2'],
      ['_entities', 1, 'currentPlacement'],
      ['_entities', 1, 'p2'],
    ]);
  });

  it('says only that the part could not be loaded, with a code a client can act on', () => {
    const [error] = unavailableErrors('{ child(id: "1") { id } }', 0);
    expect(error).toEqual({ message: UNAVAILABLE_MESSAGE, path: ['child'], extensions: { code: UNAVAILABLE_CODE } });
  });
});
