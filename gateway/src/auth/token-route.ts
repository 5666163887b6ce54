import { type SigningKey, signUserToken } from '@lac/access';
import express, { type Router } from 'express';
import type { DataSource } from 'typeorm';
import { z } from 'zod';
import { checkCredentials, normaliseUsername } from './accounts';
import { FailureThrottle } from './throttle';

const body = z.object({
  username: z.string().min(1).max(200),
  password: z.string().min(1).max(1000),
});

/**
 * `POST /auth/token`: `{username, password}` → `{access_token, token_type, expires_in}`. A wrong user and a wrong
 * password get the same answer; ten failures in five minutes for one account or one address stop further tries.
 */
export function tokenRoute(options: {
  db: DataSource;
  userKey: SigningKey;
  ttlSeconds: number;
  throttle?: FailureThrottle;
}): Router {
  const throttle = options.throttle ?? new FailureThrottle();
  const db = options.db;
  const router = express.Router();
  router.post('/auth/token', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      const parsed = body.safeParse(req.body);
      if (!parsed.success) {
        res.status(400).json({ error: 'invalid_request', error_description: 'Send JSON {"username", "password"}' });
        return;
      }
      const accountKey = `account:${normaliseUsername(parsed.data.username)}`;
      // req.ip: the socket's address, or X-Forwarded-For's when the socket is a trusted proxy (trusted-proxies.ts)
      const addressKey = `address:${req.ip ?? 'unknown'}`;
      const blocked = await Promise.all([throttle.isBlocked(db, accountKey), throttle.isBlocked(db, addressKey)]);
      if (blocked.some(Boolean)) {
        res.status(429).set('Retry-After', '300').json({ error: 'too_many_attempts' });
        return;
      }
      const personId = await checkCredentials(options.db, parsed.data.username, parsed.data.password);
      if (!personId) {
        await throttle.recordFailure(db, accountKey);
        await throttle.recordFailure(db, addressKey);
        res.status(401).json({ error: 'invalid_grant' });
        return;
      }
      await throttle.clear(db, accountKey);
      const accessToken = await signUserToken(options.userKey, personId, options.ttlSeconds);
      res.set('Cache-Control', 'no-store').json({
        access_token: accessToken,
        token_type: 'Bearer',
        expires_in: options.ttlSeconds,
      });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
