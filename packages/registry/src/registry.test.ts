import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registryProblems } from './check';
import { envNames, type SubgraphDeclaration } from './declaration';
import { SUBGRAPHS, declarationOf } from './subgraphs';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('the subgraph registry', () => {
  it('declares every folder under subgraphs/ once, and nothing else', () => {
    expect(registryProblems(ROOT, SUBGRAPHS)).toEqual([]);
  });

  it('derives the environment variables from the name', () => {
    expect(envNames('care-planning')).toEqual({ port: 'CARE_PLANNING_PORT', url: 'CARE_PLANNING_URL' });
    expect(envNames('placements')).toEqual({ port: 'PLACEMENTS_PORT', url: 'PLACEMENTS_URL' });
  });

  it('names an undeclared subgraph when asked for it', () => {
    expect(declarationOf('placements').package).toBe('@lac/placements');
    expect(() => declarationOf('no-such-subgraph')).toThrow(/No subgraph is declared as no-such-subgraph/);
  });
});

// A copy of the real tree's subgraph folders (package.json and seed sources only) that each case then breaks.
describe('registryProblems catches', () => {
  let root: string;
  const fixture = () => {
    root = mkdtempSync(path.join(tmpdir(), 'registry-'));
    for (const d of SUBGRAPHS) {
      const dir = path.join(root, 'subgraphs', d.name);
      mkdirSync(dir, { recursive: true });
      cpSync(path.join(ROOT, 'subgraphs', d.name, 'package.json'), path.join(dir, 'package.json'));
      for (const seed of d.seeds) {
        const source = path.join(dir, seed.script.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
        mkdirSync(path.dirname(source), { recursive: true });
        writeFileSync(source, '');
      }
    }
    return root;
  };
  const with_ = (change: (d: SubgraphDeclaration[]) => SubgraphDeclaration[]) =>
    change(SUBGRAPHS.map((d) => ({ ...d, seeds: [...d.seeds] })));
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('nothing in the unbroken copy', () => {
    expect(registryProblems(fixture(), SUBGRAPHS)).toEqual([]);
  });

  it('a folder with no declaration', () => {
    mkdirSync(path.join(fixture(), 'subgraphs', 'education'));
    expect(registryProblems(root, SUBGRAPHS)).toEqual([
      'subgraphs/education has no declaration in packages/registry/src/subgraphs.ts',
    ]);
  });

  it('a declaration with no folder', () => {
    const declarations = with_((d) => [
      ...d,
      { name: 'advocacy', package: '@lac/advocacy', dbSchema: 'advocacy', defaultPort: 4009, seeds: [] },
    ]);
    expect(registryProblems(fixture(), declarations)).toEqual([
      'advocacy is declared but subgraphs/advocacy does not exist',
    ]);
  });

  it("a package name that differs from the folder's package.json", () => {
    const declarations = with_((d) => d.map((x, i) => (i === 0 ? { ...x, package: '@lac/elsewhere' } : x)));
    expect(registryProblems(fixture(), declarations)).toEqual([
      `${SUBGRAPHS[0].name} is declared as package @lac/elsewhere but subgraphs/${SUBGRAPHS[0].name}/package.json names ${SUBGRAPHS[0].package}`,
    ]);
  });

  it('duplicate ports, and a port the gateway uses', () => {
    const [first, second] = SUBGRAPHS;
    const same = with_((d) => d.map((x) => (x.name === second.name ? { ...x, defaultPort: first.defaultPort } : x)));
    expect(registryProblems(fixture(), same)).toEqual([`more than one subgraph has default port ${first.defaultPort}`]);
    const gateway = with_((d) => d.map((x) => (x.name === second.name ? { ...x, defaultPort: 4000 } : x)));
    expect(registryProblems(root, gateway)).toEqual([`${second.name} has default port 4000, which the gateway uses`]);
  });

  it('duplicate names and schemas', () => {
    const [first] = SUBGRAPHS;
    const twice = with_((d) => [...d, { ...first, defaultPort: 4099 }]);
    expect(registryProblems(fixture(), twice)).toEqual([
      `more than one subgraph has name ${first.name}`,
      `more than one subgraph has package ${first.package}`,
      `more than one subgraph has database schema ${first.dbSchema}`,
      `more than one subgraph has environment prefix ${first.name.toUpperCase().replace(/-/g, '_')}`,
    ]);
  });

  it('a seed whose source does not exist', () => {
    const declarations = with_((d) =>
      d.map((x, i) => (i === 0 ? { ...x, seeds: [...x.seeds, { step: 9, script: 'dist/demo/gone.js' }] } : x)),
    );
    expect(registryProblems(fixture(), declarations)).toEqual([
      `${SUBGRAPHS[0].name} seed dist/demo/gone.js has no source src/demo/gone.ts`,
    ]);
  });
});
