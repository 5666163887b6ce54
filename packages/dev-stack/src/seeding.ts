import path from 'node:path';
import type { Layout } from './layout';

export interface SeedRun {
  name: string;
  script: string;
  cwd: string;
}

/**
 * The demo seeders in the order they must run: the gateway's identity seed first (the people every relationship
 * names), then every declared seed grouped by its `step`; the seeds of one step run side by side.
 */
export function seedPlan(l: Layout): SeedRun[][] {
  const identity: SeedRun = { name: 'seed gateway', script: l.gateway.seed, cwd: l.gateway.dir };
  const bySteps = new Map<number, SeedRun[]>();
  for (const s of l.subgraphs) {
    for (const seed of s.seeds) {
      const group = bySteps.get(seed.step) ?? [];
      const label =
        s.seeds.length > 1
          ? `seed ${s.declaration.name} ${path.basename(seed.script, '.js')}`
          : `seed ${s.declaration.name}`;
      group.push({ name: label, script: seed.script, cwd: s.dir });
      bySteps.set(seed.step, group);
    }
  }
  const steps = [...bySteps.keys()].sort((a, b) => a - b);
  return [[identity], ...steps.map((step) => bySteps.get(step)!)];
}
