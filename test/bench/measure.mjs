// Timing helpers for the bench: percentiles, one interleaved round-robin at c=1, and interleaved throughput at c>1.
import { performance } from 'node:perf_hooks';

/** p50 / p95 / max of durations in ms. */
export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;
  return { n: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

/**
 * Round-robin at c=1: each round runs every target once, in turn, so drift on a shared machine hits all alike.
 * A target may set `every` (sample only every nth round: oversight at 30,000 children is slow by design).
 * Failures (a thrown error, an HTTP error, a timeout) are counted, never timed.
 */
export async function interleaved(targets, rounds) {
  const out = Object.fromEntries(targets.map((t) => [t.name, { samples: [], failures: 0 }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const t of targets) {
      if (round % (t.every ?? 1) !== 0) continue;
      const started = performance.now();
      try {
        await t.run(round);
        out[t.name].samples.push(performance.now() - started);
      } catch (error) {
        out[t.name].failures += 1;
        out[t.name].lastError = String(error?.message ?? error).slice(0, 200);
      }
    }
  }
  return Object.fromEntries(
    Object.entries(out).map(([name, r]) => [
      name,
      { ...summarise(r.samples), failures: r.failures, lastError: r.lastError },
    ]),
  );
}

/** `concurrency` workers on one target for `ms`: completed requests per second. */
async function burst(target, concurrency, ms) {
  let done = 0;
  let failures = 0;
  const until = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      for (let i = 0; performance.now() < until; i += 1) {
        try {
          await target.run(worker * 100_000 + i);
          done += 1;
        } catch {
          failures += 1;
        }
      }
    }),
  );
  return { done, failures, seconds: (performance.now() - started) / 1000 };
}

/** Throughput at c=`concurrency`, interleaved: `rounds` rounds, each a burst of `ms` on every target in turn. */
export async function throughput(targets, concurrency, rounds, ms) {
  const totals = Object.fromEntries(targets.map((t) => [t.name, { done: 0, failures: 0, seconds: 0 }]));
  for (let round = 0; round < rounds; round += 1) {
    for (const t of targets) {
      const r = await burst(t, concurrency, ms);
      totals[t.name].done += r.done;
      totals[t.name].failures += r.failures;
      totals[t.name].seconds += r.seconds;
    }
  }
  return Object.fromEntries(
    Object.entries(totals).map(([name, r]) => [name, { rps: r.done / r.seconds, failures: r.failures }]),
  );
}
