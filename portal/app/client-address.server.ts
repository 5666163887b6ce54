import { AsyncLocalStorage } from 'node:async_hooks';
import diagnosticsChannel from 'node:diagnostics_channel';
import { isIP, type Socket } from 'node:net';

/**
 * The TCP peer of the request being handled. The portal's server hands loaders a Fetch `Request`, which has no
 * socket; Node publishes every incoming request on the `http.server.request.start` diagnostics channel
 * synchronously before the server's 'request' handlers run, so the peer address recorded here follows the request
 * through its async work. Nothing a client sends can set it.
 */
const peer = new AsyncLocalStorage<string>();
let subscribed = false;

export function watchSocketAddresses(): void {
  if (subscribed) return;
  subscribed = true;
  diagnosticsChannel.subscribe('http.server.request.start', (message) => {
    const socket = (message as { socket?: Socket }).socket;
    peer.enterWith(normaliseAddress(socket?.remoteAddress) ?? '');
  });
}

export function socketAddress(): string | undefined {
  return peer.getStore() || undefined;
}

export function normaliseAddress(address: string | undefined | null): string | undefined {
  if (!address) return undefined;
  const trimmed = address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return isIP(trimmed) ? trimmed : undefined;
}

/**
 * The browser's address for the gateway's sign-in throttle. Behind a proxy you run (TRUST_PROXY=true), the
 * right-most X-Forwarded-For entry — the one your proxy appended; otherwise the TCP peer.
 */
export function clientAddress(
  request: Request,
  trustProxy: boolean,
  peerAddress = socketAddress(),
): string | undefined {
  if (trustProxy) {
    const hops = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const forwarded = normaliseAddress(hops.at(-1));
    if (forwarded) return forwarded;
  }
  return peerAddress;
}
