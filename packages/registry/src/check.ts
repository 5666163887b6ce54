import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { envPrefix, type SubgraphDeclaration } from './declaration';

/** What the gateway and the portal listen on by default: a subgraph must not take them. */
const RESERVED_PORTS: Record<number, string> = { 3000: 'the portal', 4000: 'the gateway' };

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((v, i) => values.indexOf(v) !== i))];
}

/**
 * Every way the declarations and the `subgraphs/` folder can disagree, as sentences (none when they agree). A
 * function of its inputs rather than a test of the real tree alone, so its own test can show each problem is caught.
 */
export function registryProblems(root: string, declarations: readonly SubgraphDeclaration[]): string[] {
  const problems: string[] = [];
  const subgraphsDir = path.join(root, 'subgraphs');
  const folders = readdirSync(subgraphsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const declared = new Set(declarations.map((d) => d.name));

  for (const folder of folders) {
    if (!declared.has(folder))
      problems.push(`subgraphs/${folder} has no declaration in packages/registry/src/subgraphs.ts`);
  }
  for (const d of declarations) {
    const dir = path.join(subgraphsDir, d.name);
    if (!folders.includes(d.name)) {
      problems.push(`${d.name} is declared but subgraphs/${d.name} does not exist`);
      continue;
    }
    const manifest = path.join(dir, 'package.json');
    const name = existsSync(manifest)
      ? (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name
      : undefined;
    if (name !== d.package)
      problems.push(
        `${d.name} is declared as package ${d.package} but subgraphs/${d.name}/package.json names ${name ?? 'nothing'}`,
      );
    for (const seed of d.seeds) {
      // The seed runs the built file; its source must exist, or `pnpm start` fails after a full build.
      const source = seed.script.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts');
      if (!existsSync(path.join(dir, source))) problems.push(`${d.name} seed ${seed.script} has no source ${source}`);
      if (!Number.isInteger(seed.step) || seed.step < 1)
        problems.push(`${d.name} seed ${seed.script} has step ${seed.step}, not a whole number from 1`);
    }
    if (!Number.isInteger(d.defaultPort) || d.defaultPort < 1024 || d.defaultPort > 65535) {
      problems.push(`${d.name} has default port ${d.defaultPort}, not one from 1024 to 65535`);
    }
    const reserved = RESERVED_PORTS[d.defaultPort];
    if (reserved) problems.push(`${d.name} has default port ${d.defaultPort}, which ${reserved} uses`);
  }
  for (const [what, values] of [
    ['name', declarations.map((d) => d.name)],
    ['package', declarations.map((d) => d.package)],
    ['database schema', declarations.map((d) => d.dbSchema)],
    ['default port', declarations.map((d) => String(d.defaultPort))],
    // Two names with one prefix (`a-b`, `a_b`) would share their environment variables.
    ['environment prefix', declarations.map((d) => envPrefix(d.name))],
  ] as const) {
    for (const value of duplicates([...values])) problems.push(`more than one subgraph has ${what} ${value}`);
  }
  return problems;
}
