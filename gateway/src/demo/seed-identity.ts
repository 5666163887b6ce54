import { upsertPerson } from '@lac/access';
import { DEMO_PASSWORD, type DemoAuthority } from '@lac/testing';
import type { DataSource } from 'typeorm';
import { createAccount } from '../auth/accounts';

export interface IdentitySeedResult {
  /** False when the demo accounts were already there and nothing was written. */
  seeded: boolean;
  people: number;
  accounts: number;
}

/**
 * Every demo person (access.people) and the demo sign-in accounts, in one transaction. Only the demo
 * accounts get passwords (argon2 is deliberately slow). Does nothing when the `iro` demo account exists.
 */
export async function seedIdentity(dataSource: DataSource, authority: DemoAuthority): Promise<IdentitySeedResult> {
  const existing: unknown[] = await dataSource.query('SELECT 1 FROM identity.accounts WHERE username = $1', [
    authority.accounts[0].username,
  ]);
  if (existing.length > 0)
    return { seeded: false, people: authority.people.length, accounts: authority.accounts.length };
  await dataSource.transaction(async (em) => {
    for (const person of authority.people) await upsertPerson(em, person);
    await Promise.all(
      authority.accounts.map((a) =>
        createAccount(em, { username: a.username, password: DEMO_PASSWORD, personId: a.personId }),
      ),
    );
  });
  return { seeded: true, people: authority.people.length, accounts: authority.accounts.length };
}
