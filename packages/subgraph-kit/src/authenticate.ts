import { type Actor, InvalidTokenError, type SigningKey, verifyInternalToken } from '@lac/access';
import type { RequestHandler } from 'express';
import { VerifiedTokens } from './verified-tokens';

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
    const header = req.headers.authorization ?? '';
    const token = header.startsWith('Bearer ') ? header.slice(7) : '';
    if (!token) {
      refuse(res);
      return;
    }
    const known = verified.get(token);
    if (known) {
      res.locals.actor = known;
      next();
      return;
    }
    verifyInternalToken(key, token, audience)
      .then((actor: Actor) => {
        verified.remember(token, actor);
        res.locals.actor = actor;
        next();
      })
      .catch((error: unknown) => {
        if (error instanceof InvalidTokenError) refuse(res);
        else next(error);
      });
  };
}

function refuse(res: Parameters<RequestHandler>[1]): void {
  res
    .status(401)
    .set('WWW-Authenticate', 'Bearer')
    .json({
      errors: [{ message: 'Unauthorized', extensions: { code: 'UNAUTHENTICATED' } }],
    });
}
