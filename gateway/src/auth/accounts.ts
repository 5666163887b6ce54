import type { EntityManager } from 'typeorm';
import { hashPassword, verifyPassword } from './passwords';

export const normaliseUsername = (username: string): string => username.trim().toLowerCase();

export async function createAccount(
  em: Pick<EntityManager, 'query'>,
  input: { username: string; password: string; personId: string },
): Promise<void> {
  await em.query(`INSERT INTO identity.accounts (username, password_hash, person_id) VALUES ($1, $2, $3)`, [
    normaliseUsername(input.username),
    await hashPassword(input.password),
    input.personId,
  ]);
}

/**
 * Ends an account's access from its next request: sign-in refuses it, and the gateway refuses the user tokens it
 * was already issued (`load-actor.ts`), so the portal ends its sessions as it does an expired one. Kept, not deleted:
 * the audit names the person. Answers whether an active account was disabled.
 */
export async function disableAccount(em: Pick<EntityManager, 'query'>, username: string): Promise<boolean> {
  const [rows]: [Array<{ id: string }>, number] = await em.query(
    `UPDATE identity.accounts SET disabled_at = now() WHERE username = $1 AND disabled_at IS NULL RETURNING id`,
    [normaliseUsername(username)],
  );
  return rows.length > 0;
}

/** The person behind a username and password, or null with no hint of which part was wrong. */
export async function checkCredentials(
  db: Pick<EntityManager, 'query'>,
  username: string,
  password: string,
): Promise<string | null> {
  const rows: Array<{ person_id: string; password_hash: string }> = await db.query(
    `SELECT person_id, password_hash FROM identity.accounts WHERE username = $1 AND disabled_at IS NULL`,
    [normaliseUsername(username)],
  );
  const row = rows[0];
  const ok = await verifyPassword(row?.password_hash ?? null, password);
  return ok && row ? row.person_id : null;
}
