import { describe, expect, it } from 'vitest';
import { parseTrustedProxies } from './trusted-proxies';

describe('parseTrustedProxies', () => {
  it('trusts no proxy by default', () => {
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(parseTrustedProxies('')).toEqual([]);
  });

  it('reads addresses, CIDR ranges and the named ranges', () => {
    expect(parseTrustedProxies('loopback, 10.0.0.0/8,192.168.1.7 ,fd00::/8,::1')).toEqual([
      'loopback',
      '10.0.0.0/8',
      '192.168.1.7',
      'fd00::/8',
      '::1',
    ]);
  });

  it.each(['true', '*', '1', 'proxy.example', '10.0.0.0/33', '10.0.0.0/8/1', 'fd00::/129'])(
    'refuses %s, which would trust any caller or is no address',
    (value) => {
      expect(() => parseTrustedProxies(value)).toThrow(/TRUSTED_PROXIES/);
    },
  );
});
