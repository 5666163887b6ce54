import { SUBGRAPHS, envNames } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { readGatewayConfig, subgraphUrls } from './config';

const required = {
  DATABASE_URL: 'postgres://x@127.0.0.1/lac',
  USER_TOKEN_PRIVATE_KEY: 'k',
  INTERNAL_TOKEN_PRIVATE_KEY: 'k',
};

describe('gateway configuration', () => {
  it('finds every declared subgraph on loopback at its default port unless told otherwise', () => {
    const config = readGatewayConfig(required);
    expect(subgraphUrls(config)).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${s.defaultPort}/graphql`])),
    );
    expect(config.HOST).toBe('127.0.0.1');
  });

  it("takes each subgraph's URL from <PREFIX>_URL and the host from HOST", () => {
    const env = Object.fromEntries(SUBGRAPHS.map((s) => [envNames(s.name).url, `http://${s.name}:1234/graphql`]));
    const config = readGatewayConfig({ ...required, ...env, HOST: '0.0.0.0' });
    expect(subgraphUrls(config)).toEqual(
      Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://${s.name}:1234/graphql`])),
    );
    expect(config.HOST).toBe('0.0.0.0');
  });

  it('refuses a subgraph URL that is not one', () => {
    const name = envNames(SUBGRAPHS[0].name).url;
    expect(() => readGatewayConfig({ ...required, [name]: 'not a url' })).toThrow(name);
  });
});
