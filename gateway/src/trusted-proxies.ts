import { isIP } from 'node:net';

/** proxy-addr's (and so Express's) names for address ranges. */
const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry) || isIP(entry) !== 0) return true;
  const [address, prefix, ...rest] = entry.split('/');
  if (rest.length > 0 || prefix === undefined || !/^\d{1,3}$/.test(prefix)) return false;
  const family = isIP(address);
  return family !== 0 && Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * The proxies whose `X-Forwarded-For` the gateway believes, from `TRUSTED_PROXIES`: a comma-separated list of addresses,
 * CIDR ranges and `loopback` / `linklocal` / `uniquelocal`. Empty (the default): none, and the client is the socket's
 * address. Anything else is refused at start-up rather than handed to Express, whose `true` or a hop count would
 * believe whatever any caller wrote in the header — and let one client spread its sign-in failures over invented
 * addresses.
 */
export function parseTrustedProxies(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e.length > 0);
  const bad = entries.filter((e) => !isAddressOrRange(e));
  if (bad.length > 0) {
    throw new Error(
      `TRUSTED_PROXIES: ${bad.join(', ')} is not an address, a CIDR range or loopback/linklocal/uniquelocal`,
    );
  }
  return entries;
}
