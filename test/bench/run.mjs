// `pnpm bench` (builds first): the stack against the floor, in one interleaved run, at each authority size.
// BENCH_SIZES=300,3000,30000 (default all three; each size a fresh database seeded with DEMO_CHILDREN of that size),
// BENCH_QUICK=1 for a short run. Uses DATABASE_URL's server when set (then without statement counts unless it has
// pg_stat_statements preloaded), else its own embedded PostgreSQL. Targets and how to read the figures:
// docs/benchmarks.md. Results go to bench-results/<timestamp>.json (git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gql, portalPage, signInToGateway, signInToPortal } from './clients.mjs';
import { FLOOR_SQL, floorParams } from './floor.mjs';
import { interleaved, throughput } from './measure.mjs';
import { CASELOAD_QUERY, CASELOAD_VARIABLES, CHILD_QUERY, OVERSIGHT_QUERY } from './portal-queries.mjs';
import { floorAgrees, printSize, printSummary, targets as judge } from './report.mjs';
import { startBenchPostgres, statementCounter } from './statements.mjs';

const require = createRequire(import.meta.url);
const { startStack } = require('@lac/dev-stack');
const { createTestDatabase, DEMO_PASSWORD } = require('@lac/testing');
const { londonToday } = require('@lac/access');
const pg = require('pg');

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const QUICK = process.env.BENCH_QUICK === '1';
const SIZES = (process.env.BENCH_SIZES ?? '300,3000,30000').split(',').map((s) => Number(s.trim()));
/** c=1 rounds (every target once a round), c=8 rounds and each burst's length. */
const ROUNDS = QUICK ? 25 : 120;
const C8_ROUNDS = QUICK ? 2 : 4;
const BURST_MS = QUICK ? 750 : 1500;
/** Oversight's share of a size's c=1 time: slow by design at 30,000, it is sampled less often rather than less well. */
const OVERSIGHT_BUDGET_MS = QUICK ? 5_000 : 20_000;

async function benchSize(adminUrl, children) {
  const today = process.env.DEMO_TODAY || londonToday();
  process.env.DEMO_CHILDREN = String(children);
  const databaseUrl = await createTestDatabase(adminUrl, `bench_${children}`);
  const started = Date.now();
  const stack = await startStack({
    databaseUrl,
    keys: 'ephemeral',
    ports: 'any',
    env: { DEMO_CHILDREN: String(children), DEMO_TODAY: today },
    log: () => undefined,
  });
  const seconds = (Date.now() - started) / 1000;
  if (!stack.portalUrl) throw new Error('The portal is not built: run `pnpm build` (pnpm bench does)');
  const floorPool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
  const counter = await statementCounter(databaseUrl);
  try {
    const iro = stack.accounts.find((a) => a.username === 'iro');
    const token = await signInToGateway(stack.gatewayUrl, 'iro', DEMO_PASSWORD);
    const managerToken = await signInToGateway(stack.gatewayUrl, 'iro-manager', DEMO_PASSWORD);
    const cookie = await signInToPortal(stack.portalUrl, 'iro', DEMO_PASSWORD);
    const params = floorParams(iro.personId, today);
    // Prepared once per connection, as the fastest client would run it: the floor is the best case.
    const floorRun = async () =>
      (await floorPool.query({ name: 'floor', text: FLOOR_SQL, values: params })).rows[0].caseload;
    const caseload = () => gql(stack.graphqlUrl, token, CASELOAD_QUERY, CASELOAD_VARIABLES);

    // The floor must return what the stack returns, or its ratios mean nothing.
    const [stackCaseload, floorCaseload] = [(await caseload()).me.caseload, await floorRun()];
    const agreement = floorAgrees(floorCaseload, stackCaseload);
    const ids = stackCaseload.items.map((c) => c.id);
    const child = (i) => ids[i % ids.length];
    const oversight = () => gql(stack.graphqlUrl, managerToken, OVERSIGHT_QUERY);
    const firstOversight = Date.now();
    // Once, timed, to choose how often it is sampled. The first request after start is the one that timed out at
    // 30,000 children before: it counts as a failure of the target, not a reason to stop the run.
    let firstOversightError = null;
    await oversight().catch((error) => (firstOversightError = String(error?.message ?? error).slice(0, 200)));
    const oversightMs = Date.now() - firstOversight;

    const c1Targets = [
      { name: 'floor', run: floorRun },
      { name: 'gateway caseload', run: caseload },
      { name: 'portal caseload', run: () => portalPage(stack.portalUrl, cookie, '/caseload') },
      { name: 'gateway child', run: (i) => gql(stack.graphqlUrl, token, CHILD_QUERY, { id: child(i) }) },
      { name: 'portal child', run: (i) => portalPage(stack.portalUrl, cookie, `/children/${child(i)}`) },
      {
        name: 'gateway oversight',
        run: oversight,
        // Within its time budget, but never fewer than 10 samples: a p95 of fewer says nothing.
        every: Math.max(1, Math.min(Math.ceil((oversightMs * ROUNDS) / OVERSIGHT_BUDGET_MS), Math.floor(ROUNDS / 10))),
      },
    ];
    for (const t of c1Targets) if (t.name !== 'gateway oversight') for (let i = 0; i < 5; i++) await t.run(i); // warm-up
    const c1 = await interleaved(c1Targets, ROUNDS);
    if (firstOversightError) {
      c1['gateway oversight'].failures += 1;
      c1['gateway oversight'].firstRequestError = firstOversightError;
    }
    const c8 = await throughput(c1Targets.slice(0, 3), 8, C8_ROUNDS, BURST_MS);
    const perView = counter && {
      'gateway caseload': await counter.cost(caseload),
      'portal caseload': await counter.cost(() => portalPage(stack.portalUrl, cookie, '/caseload')),
      'gateway child': await counter.cost(() => gql(stack.graphqlUrl, token, CHILD_QUERY, { id: child(1) })),
      'gateway oversight': await counter.cost(oversight).catch(() => null),
    };
    return {
      children,
      caseloadChildren: ids.length,
      stackStartSeconds: seconds,
      stackTimings: stack.timings,
      floorAgrees: agreement,
      c1,
      c8,
      perView,
    };
  } finally {
    await counter?.end();
    await floorPool.end();
    await stack.stop();
  }
}

async function main() {
  const began = Date.now();
  const own = process.env.DATABASE_URL ? null : await startBenchPostgres();
  const adminUrl = process.env.DATABASE_URL ?? own.url;
  const results = { startedAt: new Date(began).toISOString(), quick: QUICK, sizes: {} };
  try {
    for (const size of SIZES) {
      console.log(`\nAuthority of ${size.toLocaleString('en-GB')} children: seeding and measuring…`);
      results.sizes[size] = await benchSize(adminUrl, size);
      printSize(size, results.sizes[size]);
    }
  } finally {
    await own?.stop();
  }
  results.targets = judge(results.sizes);
  results.minutes = (Date.now() - began) / 60_000;
  printSummary(results.targets, results.minutes);
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(process.cwd(), file)}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
