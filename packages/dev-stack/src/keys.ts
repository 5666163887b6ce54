import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { generateSigningKeys, type KeyPairJwk } from '@lac/access';

/** The launcher's secrets: made once, kept in `.data/keys.json` (0600) so tokens and sessions survive restarts. */
export interface StackKeys {
  /** Signs the tokens users hold (gateway only). */
  userToken: KeyPairJwk;
  /** Signs the per-request identity the gateway sends each subgraph; subgraphs get the public half. */
  internalToken: KeyPairJwk;
  /** The portal's session cookie secret. */
  sessionSecret: string;
}

export async function makeKeys(): Promise<StackKeys> {
  return {
    userToken: await generateSigningKeys(),
    internalToken: await generateSigningKeys(),
    sessionSecret: randomBytes(32).toString('base64url'),
  };
}

/** Reads the keys from `file`, making (and saving) whatever is missing. */
export async function loadOrCreateKeys(file: string): Promise<StackKeys> {
  let stored: Partial<StackKeys> = {};
  if (existsSync(file)) {
    chmodSync(file, 0o600);
    stored = JSON.parse(readFileSync(file, 'utf8')) as Partial<StackKeys>;
  }
  if (stored.userToken && stored.internalToken && stored.sessionSecret) return stored as StackKeys;
  const fresh = await makeKeys();
  const keys: StackKeys = {
    userToken: stored.userToken ?? fresh.userToken,
    internalToken: stored.internalToken ?? fresh.internalToken,
    sessionSecret: stored.sessionSecret ?? fresh.sessionSecret,
  };
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
  return keys;
}
