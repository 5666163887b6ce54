import { Kind, type OperationDefinitionNode, type SelectionSetNode, parse } from 'graphql';

/** The one message a client reads for a part of the answer the gateway could not get: no URL, status or cause. */
export const UNAVAILABLE_MESSAGE = 'This part of the record could not be loaded. Try again later.';
export const UNAVAILABLE_CODE = 'SUBGRAPH_UNAVAILABLE';

export interface UnavailableError {
  message: string;
  path: Array<string | number>;
  extensions: { code: string };
}

/** Response keys (alias or name) of a selection's fields, through inline fragments, without `__typename`. */
function responseKeys(selectionSet: SelectionSetNode): string[] {
  const keys = new Set<string>();
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      if (key !== '__typename') keys.add(key);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      for (const key of responseKeys(selection.selectionSet)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * The errors that stand for a subgraph fetch that failed (timed out, refused, answered 5xx): one per field the fetch
 * was to fill, with the path in the subgraph's own response. The query planner's fetch is either a root selection
 * (paths `[field]`) or `_entities(representations)` (paths `['_entities', i, field]`), and Apollo Gateway rewrites
 * both to the path in the client's answer, so the client learns exactly which part is missing and nothing else.
 */
export function unavailableErrors(operationText: string, representationCount: number): UnavailableError[] {
  const operation = parse(operationText).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  if (!operation) return [];
  const error = (path: Array<string | number>): UnavailableError => ({
    message: UNAVAILABLE_MESSAGE,
    path,
    extensions: { code: UNAVAILABLE_CODE },
  });
  const errors: UnavailableError[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const key = selection.alias?.value ?? selection.name.value;
    if (selection.name.value === '_entities' && selection.selectionSet) {
      const fields = responseKeys(selection.selectionSet);
      for (let i = 0; i < representationCount; i += 1) for (const field of fields) errors.push(error([key, i, field]));
    } else if (key !== '__typename') {
      errors.push(error([key]));
    }
  }
  return errors;
}
