import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.server';

describe('portal configuration', () => {
  it('takes the owner URL for migrations apart from its own role (docs/security.md, "Database roles")', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://lac_portal@h/lac' }).migrationDatabaseUrl).toBeUndefined();
    const cfg = parseConfig({
      DATABASE_URL: 'postgres://lac_portal@h/lac',
      MIGRATION_DATABASE_URL: 'postgres://lac_owner@h/lac',
    });
    expect(cfg).toMatchObject({
      databaseUrl: 'postgres://lac_portal@h/lac',
      migrationDatabaseUrl: 'postgres://lac_owner@h/lac',
    });
  });

  it('needs DATABASE_URL', () => {
    expect(() => parseConfig({})).toThrow(/DATABASE_URL/);
  });

  it('has development defaults', () => {
    const cfg = parseConfig({ DATABASE_URL: 'postgres://localhost/portal' });
    expect(cfg).toMatchObject({
      gatewayUrl: 'http://127.0.0.1:4000',
      port: 3000,
      production: false,
      cookieSecure: 'auto',
      trustProxy: false,
    });
    expect(cfg.sessionSecret.length).toBeGreaterThanOrEqual(32);
  });

  it('needs a real SESSION_SECRET in production', () => {
    expect(() => parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y' })).toThrow(/SESSION_SECRET/);
    expect(() =>
      parseConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://x/y', SESSION_SECRET: 'short' }),
    ).toThrow(/32/);
    const cfg = parseConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://x/y',
      SESSION_SECRET: 'x'.repeat(40),
      GATEWAY_URL: 'https://gw.example/',
      PORT: '8080',
    });
    expect(cfg).toMatchObject({ production: true, gatewayUrl: 'https://gw.example', port: 8080 });
  });

  it('rejects a malformed GATEWAY_URL or PORT', () => {
    expect(() => parseConfig({ DATABASE_URL: 'postgres://x/y', GATEWAY_URL: 'ftp://gw' })).toThrow(/GATEWAY_URL/);
    expect(() => parseConfig({ DATABASE_URL: 'postgres://x/y', PORT: 'abc' })).toThrow(/PORT/);
  });
});
