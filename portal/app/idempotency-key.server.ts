import { randomUUID } from 'node:crypto';

/** Same rule as the subgraphs' (packages/subgraph-kit/src/idempotency.ts): 8–100 letters, digits, - or _. */
const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * A new key for the forms a page renders, made in its loader. Each form that creates a record posts it back in a
 * hidden `idempotencyKey` field and the action passes it to the mutation, so a double-clicked "send" or a resent
 * POST creates one record: the graph answers the second with the first's result.
 */
export const newFormKey = (): string => randomUUID();

/**
 * The key a form posted, bound to what it creates (a reply to one message: `part` is that message's id, so each
 * reply form of a page has its own); undefined when absent or malformed (the mutation then runs as it always did).
 */
export function postedFormKey(form: FormData, part?: string): string | undefined {
  const value = form.get('idempotencyKey');
  if (typeof value !== 'string') return undefined;
  const key = part ? `${value}-${part}` : value;
  return KEY.test(key) ? key : undefined;
}
