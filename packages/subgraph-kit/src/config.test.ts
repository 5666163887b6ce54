import { SUBGRAPHS } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { readSubgraphConfig } from './config';
import { subgraphConfig } from './main';

const env = { DATABASE_URL: 'postgres://localhost:5432/lac', INTERNAL_TOKEN_PUBLIC_KEY: '{"kty":"OKP"}' };

describe('subgraph configuration', () => {
  it('listens on loopback unless HOST says otherwise (0.0.0.0 in a container)', () => {
    expect(readSubgraphConfig(env, 4100).HOST).toBe('127.0.0.1');
    expect(readSubgraphConfig({ ...env, HOST: '0.0.0.0' }, 4100).HOST).toBe('0.0.0.0');
  });

  it('takes the port from PORT, else from the subgraph’s declaration in the registry', () => {
    for (const s of SUBGRAPHS) {
      expect(subgraphConfig(s.name, env).PORT).toBe(s.defaultPort);
      expect(subgraphConfig(s.name, { ...env, PORT: '5999' }).PORT).toBe(5999);
    }
  });

  it('stops with every problem named when the environment is wrong', () => {
    expect(() => readSubgraphConfig({ PORT: 'x' }, 4100)).toThrow(/DATABASE_URL.*PORT|PORT.*DATABASE_URL/);
    expect(() => readSubgraphConfig({ ...env, HOST: '' }, 4100)).toThrow(/HOST/);
  });
});
