import type { GraphQLErrorShape } from './gateway.server';

/**
 * The positions in a list whose item had a field fail (an error whose path runs through `listPath` and then an
 * index): the graph answers every other item, and the page marks these rows "could not be loaded" instead of
 * letting a null read as "nothing due".
 */
export function failedItems(errors: readonly GraphQLErrorShape[], listPath: readonly string[]): Set<number> {
  const failed = new Set<number>();
  for (const { path } of errors) {
    if (!path || path.length <= listPath.length) continue;
    if (!listPath.every((segment, i) => path[i] === segment)) continue;
    const index = path[listPath.length];
    if (typeof index === 'number') failed.add(index);
  }
  return failed;
}
