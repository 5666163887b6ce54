// The sign-in throttle is state several gateway instances must share (docs/decisions/0018): failures are counted in
// PostgreSQL, so an attacker cannot multiply their attempts by the number of gateways, and each failure is counted
// exactly once however many arrive at the same moment. X-Forwarded-For names the client only when it comes from a
// configured proxy; otherwise the socket's address is the client.
import { FailureThrottle, type RunningGateway, startGateway } from '@lac/gateway';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, World } from '../support/factories';
import { type System, startSystem } from '../support/system';

const TODAY = '2026-11-23';
let system: System;
let world: World;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  system = await startSystem({ today: TODAY });
  world = new World(system, TODAY);
  await world.localAuthority();
}, 120_000);

afterEach(async () => {
  for (const g of gateways.splice(0)) await g.stop();
  await system.gateway.dataSource.query('DELETE FROM identity.sign_in_throttle');
});

afterAll(() => system?.stop());

/** Another gateway instance on the same database, with the production throttle (10 failures in 5 minutes). */
async function gatewayInstance(trustProxy?: string): Promise<RunningGateway> {
  const gateway = await startGateway({
    databaseUrl: system.databaseUrl,
    userTokenPrivateKey: JSON.stringify(system.keys.user.privateJwk),
    internalTokenPrivateKey: JSON.stringify(system.keys.internal.privateJwk),
    subgraphUrls: Object.fromEntries(Object.entries(system.subgraphs).map(([n, s]) => [n, s.url])),
    trustProxy,
    log: () => undefined,
  });
  gateways.push(gateway);
  return gateway;
}

async function signIn(gateway: RunningGateway, username: string, password: string, from?: string): Promise<number> {
  const res = await fetch(`${gateway.origin}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ username, password }),
  });
  await res.arrayBuffer();
  return res.status;
}

describe("the rule, on its clock (moved from the in-memory throttle's unit test)", () => {
  it('blocks at the limit and forgets failures once the window has passed', async () => {
    const db = system.gateway.dataSource;
    let now = Date.parse('2026-11-23T10:00:00Z');
    const throttle = new FailureThrottle(3, 1000, () => now);
    for (let i = 1; i <= 3; i += 1) expect(await throttle.recordFailure(db, 'k')).toBe(i);
    expect(await throttle.isBlocked(db, 'k')).toBe(true);
    expect(await throttle.isBlocked(db, 'other')).toBe(false);
    now += 999;
    expect(await throttle.isBlocked(db, 'k')).toBe(true);
    now += 2;
    expect(await throttle.isBlocked(db, 'k')).toBe(false);
    // a failure after the window starts a new one
    expect(await throttle.recordFailure(db, 'k')).toBe(1);
  });

  it('clears a key after a successful sign-in, and with it every window that has passed', async () => {
    const db = system.gateway.dataSource;
    let now = Date.parse('2026-11-23T10:00:00Z');
    const throttle = new FailureThrottle(2, 1000, () => now);
    await throttle.recordFailure(db, 'stale');
    now += 5000;
    await throttle.recordFailure(db, 'k');
    await throttle.recordFailure(db, 'k');
    await throttle.clear(db, 'k');
    expect(await throttle.isBlocked(db, 'k')).toBe(false);
    expect(await db.query(`SELECT key FROM identity.sign_in_throttle`)).toEqual([]);
  });
});

describe('two gateways share one count', () => {
  it('failures spread across both lock the account on both, even for the right password', async () => {
    const [a, b] = [await gatewayInstance('loopback'), await gatewayInstance('loopback')];
    const victim = await world.person('iro');
    for (let i = 0; i < 10; i += 1) {
      // alternating gateways and addresses: each gateway alone has seen only five
      expect(await signIn(i % 2 ? a : b, victim.username, `guess-${i}`, `10.20.0.${i}`)).toBe(401);
    }
    expect(await signIn(a, victim.username, PASSWORD, '10.20.1.1')).toBe(429);
    expect(await signIn(b, victim.username, PASSWORD, '10.20.1.2')).toBe(429);
  });

  it('failures spread across both lock the address on both', async () => {
    const [a, b] = [await gatewayInstance('loopback'), await gatewayInstance('loopback')];
    for (let i = 0; i < 10; i += 1) {
      expect(await signIn(i % 2 ? a : b, `sprayed-${i}`, 'guess', '10.30.0.1')).toBe(401);
    }
    const other = await world.person('iro');
    expect(await signIn(a, other.username, PASSWORD, '10.30.0.1')).toBe(429);
    expect(await signIn(b, other.username, PASSWORD, '10.30.0.1')).toBe(429);
    expect(await signIn(b, other.username, PASSWORD, '10.30.0.2')).toBe(200);
  });

  it('failures arriving at once on both are each counted exactly once', async () => {
    const [a, b] = [await gatewayInstance('loopback'), await gatewayInstance('loopback')];
    const statuses = await Promise.all(
      Array.from({ length: 24 }, (_, i) => signIn(i % 2 ? a : b, 'burst-target', `guess-${i}`, `10.40.0.${i}`)),
    );
    const failures = statuses.filter((s) => s === 401).length;
    expect(failures + statuses.filter((s) => s === 429).length).toBe(24);
    const [row] = await system.gateway.dataSource.query(
      `SELECT failures FROM identity.sign_in_throttle WHERE key = 'account:burst-target'`,
    );
    expect(row.failures).toBe(failures);
    expect(failures).toBeGreaterThanOrEqual(10);
    expect(await signIn(a, 'burst-target', 'guess', '10.40.1.1')).toBe(429);
  });
});

describe('X-Forwarded-For is believed only from a configured proxy', () => {
  it('without TRUSTED_PROXIES, the socket is the client: invented addresses do not spread the failures', async () => {
    const gateway = await gatewayInstance(); // the default: no proxy trusted
    for (let i = 0; i < 10; i += 1) {
      expect(await signIn(gateway, `invented-${i}`, 'guess', `10.50.0.${i}`)).toBe(401);
    }
    const someone = await world.person('iro');
    // a "new" address in the header changes nothing: this socket's address is blocked
    expect(await signIn(gateway, someone.username, PASSWORD, '10.50.9.9')).toBe(429);
    const [row] = await system.gateway.dataSource.query(
      `SELECT failures FROM identity.sign_in_throttle WHERE key LIKE 'address:%10.50.%'`,
    );
    expect(row).toBeUndefined();
  });

  it('from a trusted proxy, the address it names is the client', async () => {
    const gateway = await gatewayInstance('127.0.0.1/32');
    for (let i = 0; i < 10; i += 1) {
      expect(await signIn(gateway, `proxied-${i}`, 'guess', '10.60.0.1')).toBe(401);
    }
    const someone = await world.person('iro');
    expect(await signIn(gateway, someone.username, PASSWORD, '10.60.0.1')).toBe(429);
    expect(await signIn(gateway, someone.username, PASSWORD, '10.60.0.2')).toBe(200);
  });

  it('a gateway refuses to start with a TRUSTED_PROXIES that would believe anyone', async () => {
    await expect(gatewayInstance('true')).rejects.toThrow(/TRUSTED_PROXIES/);
  });
});
