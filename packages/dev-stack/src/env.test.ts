import { SUBGRAPHS, envNames } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { stackSettingsFromEnv } from './env';

describe('stackSettingsFromEnv', () => {
  it("reads each declared subgraph's port from <PREFIX>_PORT", () => {
    const env = Object.fromEntries(SUBGRAPHS.map((s, i) => [envNames(s.name).port, String(5111 + i)]));
    const settings = stackSettingsFromEnv({
      ...env,
      PORTAL_PORT: '5100',
      GATEWAY_PORT: '5110',
      POSTGRES_PORT: '5120',
      HOST: '0.0.0.0',
    });
    expect(settings.ports).toEqual({
      portal: 5100,
      gateway: 5110,
      subgraphs: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, 5111 + i])),
    });
    expect(settings.postgresPort).toBe(5120);
    expect(settings.host).toBe('0.0.0.0');
  });

  it('leaves unset ports to the defaults and refuses one that is not a port', () => {
    expect(stackSettingsFromEnv({}).ports.subgraphs).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.name, undefined])),
    );
    const variable = envNames(SUBGRAPHS[0].name).port;
    expect(() => stackSettingsFromEnv({ [variable]: '70000' })).toThrow(`${variable} must be a port number, not 70000`);
  });
});
