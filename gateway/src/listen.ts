/**
 * The host to put in the URLs a server reports about itself. Bound to every interface (0.0.0.0 or ::, as in a
 * container), it is still reachable on loopback, and a wildcard address is not one a client can connect to.
 */
export function reportedHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}
