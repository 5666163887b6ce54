import { SUBGRAPHS } from '@lac/registry';
import { describe, expect, it } from 'vitest';
import { layout } from './layout';
import { seedPlan } from './seeding';

describe('seedPlan', () => {
  const plan = seedPlan(layout('/repo'));

  it("runs the gateway's identity seed alone, first", () => {
    expect(plan[0]).toEqual([
      { name: 'seed gateway', script: '/repo/gateway/dist/demo/seed-cli.js', cwd: '/repo/gateway' },
    ]);
  });

  it('then every declared seed once, each step after the one before', () => {
    const declared = SUBGRAPHS.flatMap((s) =>
      s.seeds.map((seed) => ({ step: seed.step, script: `/repo/subgraphs/${s.name}/${seed.script}` })),
    );
    expect(
      plan
        .slice(1)
        .flat()
        .map((r) => r.script)
        .sort(),
    ).toEqual(declared.map((d) => d.script).sort());
    const stepOf = (script: string) => declared.find((d) => d.script === script)!.step;
    const groupSteps = plan.slice(1).map((group) => [...new Set(group.map((r) => stepOf(r.script)))]);
    for (const steps of groupSteps) expect(steps).toHaveLength(1);
    const order = groupSteps.map((s) => s[0]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
