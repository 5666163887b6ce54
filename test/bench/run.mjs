// Benchmarks on the real stack: a fresh database with the demo local authority, the built services on free ports.
// Run with `pnpm bench` (builds first). Uses DATABASE_URL's server when set, else an embedded PostgreSQL.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const require = createRequire(import.meta.url);
const { startStack } = require('@lac/dev-stack');
const { SUBGRAPHS } = require('@lac/registry');
const { startEmbeddedPostgres, createTestDatabase, DEMO_PASSWORD } = require('@lac/testing');

const CASELOAD = `query Caseload { me { caseload(first: 50) { totalCount items { id givenName familyName dateOfBirth
  nextReview { dueBy latestWorkingDay status } currentPlacement { placementType address { postcode } }
  carePlanFlags { code } driftingRecommendationCount overdueReviewRecords openChallengeCount overdueChallengeResponseCount } } } }`;
const OVERSIGHT = `query Oversight { oversight { totals { children overdueReviews reviewsOnTimePercent overdueReviewRecords
  driftingRecommendations openChallenges } iros { iro { displayName } band counts { children overdueReviews reviewsOnTimePercent
  driftingRecommendations } } openChallengesByStage { stage open overdue } } }`;
const CHILD = `query Child($id: ID!) { child(id: $id) { givenName iro { displayName } socialWorker { displayName }
  legalStatuses { code description } reviews { heldOn } nextReview { dueBy status basis }
  currentPlacement { placementType placementTypeDescription carer { displayName } address { line1 postcode } } } }`;

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    n: sorted.length,
    mean: mean.toFixed(1),
    p50: at(0.5).toFixed(1),
    p95: at(0.95).toFixed(1),
    max: sorted.at(-1).toFixed(1),
  };
}

async function timed(fn) {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

async function gql(url, token, query, variables) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function main() {
  const own = process.env.DATABASE_URL ? null : await startEmbeddedPostgres({ persistent: false });
  const databaseUrl = await createTestDatabase(process.env.DATABASE_URL ?? own.url, 'bench');
  const stack = await startStack({
    databaseUrl,
    keys: 'ephemeral',
    portal: false,
    // Every declared subgraph (packages/registry) and the gateway on free ports.
    ports: 'any',
    log: () => undefined,
  });
  const results = {};
  try {
    results.subgraphs = SUBGRAPHS.map((s) => s.name);
    results['stack start (ms)'] = stack.timings;
    const signIn = async (username = 'iro') => {
      const res = await fetch(`${stack.gatewayUrl}/auth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password: DEMO_PASSWORD }),
      });
      return (await res.json()).access_token;
    };
    const signIns = [];
    for (let i = 0; i < 8; i += 1) signIns.push(await timed(() => signIn()));
    results['POST /auth/token (argon2id), ms'] = stats(signIns);

    const token = await signIn();
    const { me } = await gql(stack.graphqlUrl, token, CASELOAD);
    for (let i = 0; i < 20; i += 1) await gql(stack.graphqlUrl, token, CASELOAD); // warm-up

    const sequential = [];
    for (let i = 0; i < 200; i += 1) sequential.push(await timed(() => gql(stack.graphqlUrl, token, CASELOAD)));
    results[`caseload of ${me.caseload.totalCount}, sequential, ms`] = stats(sequential);

    const concurrency = 8;
    const perWorker = 50;
    const concurrent = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = 0; i < perWorker; i += 1)
          concurrent.push(await timed(() => gql(stack.graphqlUrl, token, CASELOAD)));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    results[`caseload, ${concurrency} concurrent clients, ms`] = stats(concurrent);
    results['caseload throughput, requests/s'] = (concurrent.length / seconds).toFixed(0);

    const ids = me.caseload.items.map((c) => c.id);
    const childPage = [];
    for (let i = 0; i < 200; i += 1)
      childPage.push(await timed(() => gql(stack.graphqlUrl, token, CHILD, { id: ids[i % ids.length] })));
    results['child page, sequential, ms'] = stats(childPage);

    const managerToken = await signIn('iro-manager');
    const { oversight } = await gql(stack.graphqlUrl, managerToken, OVERSIGHT);
    const oversightRuns = [];
    for (let i = 0; i < 50; i += 1)
      oversightRuns.push(await timed(() => gql(stack.graphqlUrl, managerToken, OVERSIGHT)));
    results[`manager oversight of ${oversight.totals.children} children, sequential, ms`] = stats(oversightRuns);
  } finally {
    await stack.stop();
    await own?.stop();
  }
  console.log(JSON.stringify(results, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
