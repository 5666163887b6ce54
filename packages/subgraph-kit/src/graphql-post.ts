import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { type Actor, InvalidTokenError, type SigningKey } from '@lac/access';
import { gatewayActor, refuseUnauthenticated } from './authenticate';
import type { VerifiedTokens } from './verified-tokens';

/** The most a subgraph reads of one request body, on either path (server.ts). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * The request every subgraph fetch of the gateway is: POST /graphql, an uncompressed JSON body (UTF-8) whose
 * declared length fits the limit. Only these take the direct path; anything else (another path or method, another
 * content type or charset, a compressed, empty, unannounced or too large body) goes through express exactly as
 * before, so its answer (415, 413, 400, 404) does not change.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || req.url !== '/graphql') return false;
  const type = req.headers['content-type']?.toLowerCase();
  if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
  if (req.headers['content-encoding'] !== undefined) return false;
  const length = Number(req.headers['content-length']);
  return Number.isInteger(length) && length > 0 && length <= BODY_LIMIT_BYTES;
}

export interface GraphqlPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  key: SigningKey;
  /** This subgraph's name: the audience its tokens must carry. */
  audience: string;
  /** Shared with the express path, so a token verified on one is known on the other. */
  verified: VerifiedTokens;
  context: (req: IncomingMessage, actor: Actor) => Promise<C>;
  /** Called once a request is authenticated and its body read, as the express path counts it. */
  counted: () => void;
}

/**
 * POST /graphql from the gateway straight to Apollo Server, without express: the same steps as the express path
 * (requireGatewayToken, express.json, Apollo's express integration) in the same order — the gateway's token
 * before anything is read, then the body, then GraphQL — minus the router, body-parser and `res.send` around them,
 * which were about a fifth of a subgraph's CPU for a small request (docs/benchmarks.md, "The subgraph kit's fixed
 * cost"). The answer is Apollo's own status, headers and body, written at once.
 */
export function graphqlPost<C extends BaseContext>(
  options: GraphqlPostOptions<C>,
): (req: IncomingMessage, res: ServerResponse) => void {
  const { apollo, key, audience, verified, context, counted } = options;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let actor: Actor;
    try {
      const found = gatewayActor(key, audience, verified, req.headers.authorization);
      if (found === null) return refuseUnauthenticated(res);
      actor = found instanceof Promise ? await found : found;
    } catch (error) {
      if (error instanceof InvalidTokenError) return refuseUnauthenticated(res);
      throw error;
    }
    const body = parseJsonBody(await readBody(req));
    if (body === undefined) return answer(res, 400, { 'content-type': 'application/json; charset=utf-8' }, MALFORMED);
    counted();
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body },
      context: () => context(req, actor),
    });
    const out: Record<string, string> = {};
    for (const [name, value] of response.headers) out[name] = value;
    if (response.body.kind === 'complete') return answer(res, response.status ?? 200, out, response.body.string);
    res.writeHead(response.status ?? 200, out);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[graphql] request failed', error);
      if (!res.headersSent) answer(res, 500, { 'content-type': 'application/json; charset=utf-8' }, INTERNAL);
      else res.destroy();
    });
  };
}

const MALFORMED = JSON.stringify({ errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] });
const INTERNAL = JSON.stringify({
  errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
});

function answer(res: ServerResponse, status: number, headers: Record<string, string>, body: string): void {
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) }).end(body);
}

/** The whole body: its length was announced and fits the limit, and Node's parser stops at that length. */
async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** As body-parser's strict JSON: an object or an array, a leading BOM ignored; undefined when it is not one. */
function parseJsonBody(text: string): unknown {
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!/^[ \t\n\r]*[{[]/.test(json)) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}
