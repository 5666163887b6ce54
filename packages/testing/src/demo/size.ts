import { Random } from './random';

/** Today's demo authority: every existing test, the README's accounts and the screenshots assume exactly this. */
export const DEFAULT_DEMO_CHILDREN = 300;
/** Uneven, as real caseloads are; the first is the demo IRO's, the same size at every authority size. */
const IRO_CASELOADS = [50, 58, 44, 41, 55, 52];
const SOCIAL_WORKER_CASELOADS = [34, 27, 31, 25, 36, 29, 33, 24, 30, 31];
const CHILDRENS_HOME_COUNT = 12;
const NEW_PERIOD_COUNT = 15;
/** Where nothing else limits it: 100,000 children would be more than any English authority looks after. */
const MAX_DEMO_CHILDREN = 100_000;

/** How many children, staff and special cases the demo authority has at one size. */
export interface DemoSize {
  children: number;
  /** Children per IRO; the first is the demo IRO's (50 at every size). */
  iroCaseloads: number[];
  /** Children per social worker; the first is the demo social worker's (34 at every size). */
  socialWorkerCaseloads: number[];
  childrensHomeCount: number;
  newPeriodCount: number;
}

/**
 * The children an authority of `DEMO_CHILDREN` (environment) has: 300 when unset, which is today's demo exactly.
 * Anything else must be a whole number from 300, so the benchmark can ask for 3,000 or 30,000 (docs/benchmarks.md).
 */
export function demoChildrenFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.DEMO_CHILDREN?.trim();
  if (!raw) return DEFAULT_DEMO_CHILDREN;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < DEFAULT_DEMO_CHILDREN || n > MAX_DEMO_CHILDREN)
    throw new Error(
      `DEMO_CHILDREN=${raw}: give a whole number of children from ${DEFAULT_DEMO_CHILDREN} to ${MAX_DEMO_CHILDREN}`,
    );
  return n;
}

/** Caseloads of `min`..`max` drawn from `label`'s stream until `total` is shared out; the last takes what is left. */
function moreCaseloads(total: number, min: number, max: number, label: string): number[] {
  const rng = new Random(label);
  const sizes: number[] = [];
  for (let left = total; left > 0;) {
    const size = Math.min(left, rng.int(min, max));
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

/**
 * The authority at `children`: the first 300 are staffed as today (so the demo IRO keeps 50 children and the demo
 * social worker 34 at every size: a caseload does not grow with the authority, only oversight does); the rest go to
 * further IROs with 50 to 70 children each and social workers with 20 to 35, as in a large English authority.
 * Children's homes and children in a second period of care grow in proportion.
 */
export function demoSize(children: number = DEFAULT_DEMO_CHILDREN): DemoSize {
  const extra = children - DEFAULT_DEMO_CHILDREN;
  const scale = children / DEFAULT_DEMO_CHILDREN;
  return {
    children,
    iroCaseloads: [...IRO_CASELOADS, ...moreCaseloads(extra, 50, 70, 'demo:size:iro')],
    socialWorkerCaseloads: [...SOCIAL_WORKER_CASELOADS, ...moreCaseloads(extra, 20, 35, 'demo:size:sw')],
    childrensHomeCount: Math.round(CHILDRENS_HOME_COUNT * scale),
    newPeriodCount: Math.round(NEW_PERIOD_COUNT * scale),
  };
}
