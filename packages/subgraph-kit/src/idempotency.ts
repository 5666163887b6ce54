import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { Arg, type MiddlewareFn, UseMiddleware } from 'type-graphql';
import type { SubgraphContext } from './context';
import { badInput, notFound } from './errors';

/** What a client may send as a key: a UUID from the form, or any 8–100 plain characters. */
const KEY = /^[A-Za-z0-9_-]{8,100}$/;
/** How long a retry waits for the first request with its key to finish (a double-click arrives mid-request). */
const WAIT_MS = 5_000;
const POLL_MS = 50;
const KEY_LIFETIME = '24 hours';

/** JSON with object keys sorted, so the same payload always hashes the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

export function payloadHash(operation: string, payload: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${operation}\n${canonical(payload)}`)
    .digest('hex');
}

/** The same key sent again with a different request: refused, so a key can never stand for two records. */
export function idempotencyKeyReused(): GraphQLError {
  return new GraphQLError(
    'This idempotency key was already used for a different request. Send a new key for a new record.',
    { extensions: { code: 'CONFLICT', field: 'idempotencyKey', problem: 'IDEMPOTENCY_KEY_REUSED' } },
  );
}

function table(ctx: SubgraphContext): string {
  const schema = (ctx.db.options as { schema?: string }).schema;
  if (!schema || !/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error('idempotency keys need the subgraph schema');
  return `${schema}.idempotency_keys`;
}

interface KeyRow {
  operation: string;
  payload_hash: string;
  result_id: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The middleware behind `@Idempotent`: with no key the mutation runs as ever. With a key, the first request claims
 * it (an INSERT on the (actor, key) primary key, so two at once cannot both claim it), runs the mutation and
 * records the id of what it created; a failed mutation releases the key. A later request with the same key and
 * the same payload gets the first result (loaded again by its id, as the caller may see it now), waiting for the
 * first to finish if it is still running; the same key with another payload, or for another mutation, is refused.
 * Keys are per actor: one person's key never answers another.
 */
function idempotencyMiddleware(entity: Function): MiddlewareFn<SubgraphContext> {
  return async ({ args, context: ctx, info }, next) => {
    const { idempotencyKey: key, ...payload } = args as { idempotencyKey?: string | null } & Record<string, unknown>;
    if (key === undefined || key === null) return (await next()) as unknown;
    if (!KEY.test(key)) {
      throw badInput('idempotencyKey', 'INVALID', 'The idempotency key must be 8 to 100 letters, digits, - or _');
    }
    const operation = info.fieldName;
    const hash = payloadHash(operation, payload);
    const keys = table(ctx);
    const actor = ctx.actor.personId;
    const deadline = Date.now() + WAIT_MS;
    // A key answers retries for a day: after that the caller's access is asked again, and the key may be reused.
    await ctx.db.query(
      `DELETE FROM ${keys} WHERE actor_id = $1 AND key = $2 AND created_at < now() - interval '${KEY_LIFETIME}'`,
      [actor, key],
    );
    for (;;) {
      const claimed = await ctx.db.query<unknown[]>(
        `INSERT INTO ${keys} (actor_id, key, operation, payload_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (actor_id, key) DO NOTHING RETURNING key`,
        [actor, key, operation, hash],
      );
      if (claimed.length === 1) {
        let result: unknown;
        try {
          result = await next();
        } catch (error) {
          await ctx.db.query(`DELETE FROM ${keys} WHERE actor_id = $1 AND key = $2`, [actor, key]);
          throw error;
        }
        const id = (result as { id?: unknown } | null)?.id;
        await ctx.db.query(`UPDATE ${keys} SET result_id = $3 WHERE actor_id = $1 AND key = $2`, [
          actor,
          key,
          // '' marks "done" for a result without an id: a retry then runs the mutation again, as without a key
          typeof id === 'string' ? id : '',
        ]);
        return result;
      }
      const [row] = await ctx.db.query<KeyRow[]>(
        `SELECT operation, payload_hash, result_id FROM ${keys} WHERE actor_id = $1 AND key = $2`,
        [actor, key],
      );
      if (!row) continue; // the first request failed and released the key: claim it again
      if (row.operation !== operation || row.payload_hash !== hash) throw idempotencyKeyReused();
      if (row.result_id === '') return (await next()) as unknown;
      if (row.result_id !== null) {
        const first: unknown = await ctx.db.getRepository(entity).findOneBy({ id: row.result_id });
        if (!first) throw notFound(entity.name);
        return first;
      }
      if (Date.now() > deadline) {
        throw new GraphQLError('The first request with this idempotency key has not finished. Try again shortly.', {
          extensions: { code: 'CONFLICT', field: 'idempotencyKey', problem: 'IDEMPOTENCY_KEY_IN_PROGRESS' },
        });
      }
      await sleep(POLL_MS);
    }
  };
}

/**
 * Marks a mutation that creates a record (of `entity`, whose `id` the mutation returns) as idempotent. Use with
 * `@IdempotencyKey()` on a parameter, which adds the optional `idempotencyKey` argument to the schema.
 */
export function Idempotent(entity: Function): ReturnType<typeof UseMiddleware> {
  return UseMiddleware(idempotencyMiddleware(entity));
}

/** The optional `idempotencyKey` argument of an `@Idempotent` mutation. */
export function IdempotencyKey(): ReturnType<typeof Arg> {
  return Arg('idempotencyKey', () => String, {
    nullable: true,
    description:
      'A key the client makes once per form (a UUID): a retry with the same key returns the first result instead of creating a second record; the same key with a different request is refused.',
  });
}
