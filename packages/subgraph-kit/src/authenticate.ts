import type { ServerResponse } from 'node:http';
import { type Actor, InvalidTokenError, type SigningKey, verifyInternalToken } from '@lac/access';
import type { RequestHandler } from 'express';
import { VerifiedTokens } from './verified-tokens';

/**
 * The caller named by a request's `Authorization` header: at once when this very token was verified before and is
 * still valid, a promise when its signature must be checked now (rejecting with InvalidTokenError for a token
 * that is not the gateway's, for this subgraph, within the last minute), null when there is no bearer token.
 */
export function gatewayActor(
  key: SigningKey,
  audience: string,
  verified: VerifiedTokens,
  header: string | undefined,
): Actor | Promise<Actor> | null {
  const token = header?.startsWith('Bearer ') ? header.slice(7) : '';
  if (!token) return null;
  const known = verified.get(token);
  if (known) return known;
  return verifyInternalToken(key, token, audience).then((actor: Actor) => {
    verified.remember(token, actor);
    return actor;
  });
}

/**
 * Runs before GraphQL: a subgraph answers nothing, `_service` and `_entities` included, without a token the
 * gateway signed for this subgraph within the last minute.
 */
export function requireGatewayToken(
  key: SigningKey,
  audience: string,
  verified: VerifiedTokens = new VerifiedTokens(),
): RequestHandler {
  return (req, res, next) => {
    const actor = gatewayActor(key, audience, verified, req.headers.authorization);
    if (actor === null) {
      refuseUnauthenticated(res);
      return;
    }
    if (!(actor instanceof Promise)) {
      res.locals.actor = actor;
      next();
      return;
    }
    actor
      .then((verifiedActor) => {
        res.locals.actor = verifiedActor;
        next();
      })
      .catch((error: unknown) => {
        if (error instanceof InvalidTokenError) refuseUnauthenticated(res);
        else next(error);
      });
  };
}

const UNAUTHORIZED = JSON.stringify({ errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }] });

/** The one answer to a request without a valid gateway token, whichever way it came in. */
export function refuseUnauthenticated(res: ServerResponse): void {
  res
    .writeHead(401, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(UNAUTHORIZED),
      'www-authenticate': 'Bearer',
    })
    .end(UNAUTHORIZED);
}
