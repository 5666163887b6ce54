import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUBGRAPHS, type SubgraphDeclaration, envNames } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { composeFile } from './compose-file';
import { defaultRoot } from './layout';

interface Service {
  command: string | string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
  healthcheck?: unknown;
}
const servicesOf = (text: string) => (parse(text) as { services: Record<string, Service> }).services;

describe('docker-compose.yml', () => {
  it('is what `pnpm compose:file` writes from the registry', () => {
    expect(readFileSync(path.join(defaultRoot(), 'docker-compose.yml'), 'utf8')).toBe(composeFile());
  });

  describe.each([
    ['the registry', SUBGRAPHS],
    // One more subgraph: what the next one's declaration alone must produce.
    [
      'the registry and one more',
      [
        ...SUBGRAPHS,
        {
          name: 'advocacy',
          package: '@lac/advocacy',
          dbSchema: 'advocacy',
          defaultPort: 4009,
          seeds: [{ step: 2, script: 'dist/demo/seed-cli.js' }],
        },
      ],
    ],
  ] as Array<[string, SubgraphDeclaration[]]>)('describes a system that can work, from %s', (_, declarations) => {
    const services = servicesOf(composeFile(declarations));

    it('one service per declared subgraph on its port, on every interface, healthy before the gateway starts', () => {
      expect(Object.keys(services).sort()).toEqual(
        ['gateway', 'portal', 'postgres', 'setup', ...declarations.map((s) => s.name)].sort(),
      );
      for (const s of declarations) {
        const service = services[s.name];
        expect(service.command).toBe(`node subgraphs/${s.name}/dist/main.js`);
        expect(service.environment).toMatchObject({
          PORT: String(s.defaultPort),
          HOST: '0.0.0.0',
          INTERNAL_TOKEN_PUBLIC_KEY: expect.any(String),
        });
        expect(service.depends_on).toEqual({ setup: { condition: 'service_completed_successfully' } });
        expect(service.healthcheck).toBeDefined();
        expect(services.gateway.depends_on![s.name]).toEqual({ condition: 'service_healthy' });
      }
    });

    it('the gateway reaches each subgraph by service name and listens on every interface', () => {
      const env = services.gateway.environment!;
      for (const s of declarations) expect(env[envNames(s.name).url]).toBe(`http://${s.name}:${s.defaultPort}/graphql`);
      expect(env).toMatchObject({ HOST: '0.0.0.0', PORT: '4000' });
      expect(services.gateway.ports).toEqual(['4000:4000']);
    });

    it('the portal reaches the gateway by service name and listens on every interface', () => {
      expect(services.portal.environment).toMatchObject({
        GATEWAY_URL: 'http://gateway:4000',
        HOST: '0.0.0.0',
        PORT: '3000',
      });
      expect(services.portal.depends_on!.gateway).toEqual({ condition: 'service_healthy' });
      expect(services.portal.ports).toEqual(['3000:3000']);
    });

    it('each service answers as its own role and migrates as the owner; only the setup job holds the admin URL', () => {
      const user = (url: string | undefined) => (url ? decodeURIComponent(new URL(url).username) : undefined);
      // the portal too: its session store connects as lac_portal, never as the container's superuser
      for (const name of ['gateway', 'portal', ...declarations.map((s) => s.name)]) {
        const env = services[name].environment!;
        expect(user(env.DATABASE_URL), name).toBe(`lac_${name.replace(/-/g, '_')}`);
        expect(user(env.MIGRATION_DATABASE_URL), name).toBe('lac_owner');
        expect(env.NODE_ENV, name).toBe('production'); // so a service given a superuser refuses to start
      }
      expect(user(services.setup.environment!.ADMIN_DATABASE_URL)).toBe('lac');
      for (const [name, service] of Object.entries(services)) {
        if (name === 'setup' || name === 'postgres') continue;
        for (const value of Object.values(service.environment ?? {})) {
          expect(String(value), name).not.toMatch(/^postgres:\/\/lac:/);
        }
      }
      expect(user(services.setup.environment!.DATABASE_URL)).toBe('lac_owner');
    });

    it('creates the roles, then seeds the identity first, then every declared seed in the order of its step', () => {
      const script = (services.setup.command as string[]).at(-1)!;
      const [roles, ...seeds] = [...script.matchAll(/node (\S+)/g)].map((m) => m[1]);
      expect(roles).toBe('packages/dev-stack/dist/roles-cli.js');
      expect(seeds[0]).toBe('gateway/dist/demo/seed-cli.js');
      const declared = declarations.flatMap((s) =>
        s.seeds.map((seed) => ({ step: seed.step, file: `subgraphs/${s.name}/${seed.script}` })),
      );
      expect(seeds.slice(1).sort()).toEqual(declared.map((d) => d.file).sort());
      const steps = seeds.slice(1).map((file) => declared.find((d) => d.file === file)!.step);
      expect(steps).toEqual([...steps].sort((a, b) => a - b));
      expect(script).toMatch(/^npm install -g pnpm@\S+ && pnpm install --frozen-lockfile && pnpm build && node /);
    });
  });
});
