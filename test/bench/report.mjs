// The bench's tables and its verdict on the targets in docs/benchmarks.md, from the figures run.mjs gathers.

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : 'n/a');
const times = (x) => (Number.isFinite(x) ? `${x.toFixed(1)}×` : 'n/a');

/** Whether the floor returned the stack's children and counts (the same check as test/bench/floor.test.ts). */
export function floorAgrees(floor, stack) {
  const pick = (c) => ({
    id: c.id,
    givenName: c.givenName,
    familyName: c.familyName,
    dateOfBirth: c.dateOfBirth,
    overdueReviewRecords: c.overdueReviewRecords ?? 0,
    driftingRecommendationCount: c.driftingRecommendationCount ?? 0,
    openChallengeCount: c.openChallengeCount ?? 0,
    overdueChallengeResponseCount: c.overdueChallengeResponseCount ?? 0,
    unreadMessagesFromChild: c.unreadMessagesFromChild ?? 0,
  });
  const norm = (page) =>
    JSON.stringify({ total: page.totalCount, items: page.items.map(pick).sort((a, b) => a.id.localeCompare(b.id)) });
  return norm(floor) === norm(stack);
}

export function printSize(size, r) {
  const floor = r.c1.floor;
  console.log(
    `\n== ${size.toLocaleString('en-GB')} children (the IRO's caseload ${r.caseloadChildren}); stack up in ` +
      `${r.stackStartSeconds.toFixed(0)} s (seeding ${(r.stackTimings.seedMs / 1000).toFixed(0)} s); ` +
      `floor returns the stack's children and counts: ${r.floorAgrees ? 'yes' : 'NO'}`,
  );
  const rows = Object.entries(r.c1).map(([name, s]) => ({
    'c=1': name,
    p50: ms(s.p50),
    '× floor p50': name === 'floor' ? '' : times(s.p50 / floor.p50),
    p95: ms(s.p95),
    '× floor p95': name === 'floor' ? '' : times(s.p95 / floor.p95),
    n: s.n,
    failures: s.failures,
  }));
  console.table(rows);
  console.table(
    Object.entries(r.c8).map(([name, s]) => ({
      'c=8': name,
      'req/s': s.rps.toFixed(0),
      'of the floor': name === 'floor' ? '' : `${((100 * s.rps) / r.c8.floor.rps).toFixed(1)}%`,
      failures: s.failures,
    })),
  );
  if (r.perView)
    console.table(
      Object.entries(r.perView)
        .filter(([, v]) => v)
        .map(([name, v]) => ({
          'one page view': name,
          'SQL statements': v.statements,
          'audit statements': v.auditStatements
            ? `${v.auditStatements} (${Object.entries(v.auditByService)
                .map(([role, n]) => `${role} ${n}`)
                .join(', ')})`
            : '0',
          'audit bind parameters': v.auditBindParameters,
          'audit rows': v.auditRows,
        })),
    );
}

/** Each target (docs/benchmarks.md) as PASS / FAIL (or n/a when the run did not include what it needs). */
export function targets(sizes) {
  const list = Object.keys(sizes)
    .map(Number)
    .sort((a, b) => a - b);
  const out = [];
  const check = (what, ok, figure) =>
    out.push({ target: what, verdict: ok === null ? 'n/a' : ok ? 'PASS' : 'FAIL', figure });
  for (const n of list) {
    const r = sizes[n];
    const f = r.c1.floor;
    const at = `at ${n.toLocaleString('en-GB')}`;
    const gw = r.c1['gateway caseload'];
    const portal = r.c1['portal caseload'];
    check(`gateway caseload p95 ≤ 4× floor at c=1, ${at}`, gw.p95 <= 4 * f.p95, times(gw.p95 / f.p95));
    check(`portal caseload p95 ≤ 6× floor, ${at}`, portal.p95 <= 6 * f.p95, times(portal.p95 / f.p95));
    const rps = r.c8['gateway caseload'].rps;
    check(`gateway caseload c=8 ≥ 225 req/s, ${at}`, rps >= 225, `${rps.toFixed(0)} req/s`);
    const o = r.c1['gateway oversight'];
    const limit = n >= 30_000 ? 1000 : n >= 3000 ? 150 : null;
    check(
      `oversight p95 ${limit ? `≤ ${limit} ms` : '(no target)'} and never a failure, ${at}`,
      limit === null ? o.failures === 0 : o.p95 <= limit && o.failures === 0,
      `${ms(o.p95)}, ${o.failures} failures`,
    );
    check(
      `the floor returns the stack's children and counts, ${at}`,
      r.floorAgrees,
      r.floorAgrees ? 'same' : 'differs',
    );
    if (r.perView) {
      const v = r.perView['gateway caseload'];
      const services = Object.keys(v.auditByService).length;
      check(
        `audit of a caseload view: one statement per subgraph read, a handful (≤ 10) of bind parameters, ${at}`,
        Object.values(v.auditByService).every((n) => n === 1) && v.auditBindParameters <= 10,
        `${v.auditStatements} statements in ${services} subgraphs, ${v.auditBindParameters} parameters`,
      );
      check(
        `audit rows per caseload view ≤ children viewed (${r.caseloadChildren}) per subgraph read, ${at}`,
        v.auditRows <= r.caseloadChildren * Math.max(1, services),
        `${v.auditRows} rows`,
      );
    }
  }
  if (list.length > 1) {
    const [small, large] = [sizes[list[0]], sizes[list.at(-1)]];
    const span = `${list[0].toLocaleString('en-GB')} → ${list.at(-1).toLocaleString('en-GB')}`;
    // Flat: within half as much again plus 2 ms of the smallest authority's p50 (a shared 2-core machine drifts).
    for (const name of ['gateway caseload', 'gateway child', 'portal caseload', 'portal child']) {
      const [a, b] = [small.c1[name].p50, large.c1[name].p50];
      check(`${name} p50 flat across sizes (${span})`, b <= 1.5 * a + 2, `${ms(a)} → ${ms(b)}`);
    }
    if (small.perView && large.perView)
      for (const name of ['gateway caseload', 'gateway child']) {
        const [a, b] = [small.perView[name].statements, large.perView[name].statements];
        check(`${name} SQL statements the same across sizes (${span})`, a === b, `${a} → ${b}`);
      }
  }
  return out;
}

export function printSummary(results, minutes) {
  console.log(`\n== The targets (docs/benchmarks.md) (one interleaved run; ${minutes.toFixed(1)} minutes)`);
  console.table(results);
}
