// Runs a fast-check property with the suite's settings. `FUZZ_SCALE=10` runs ten times the
// cases; `FUZZ_SEED=<n>` (with `FUZZ_PATH=<p>`) replays a failure that fast-check reported.
// The seed is fixed by default so that CI is reproducible; `FUZZ_SEED=random` explores.
// A failure prints its seed and the shrunk counterexample as JSON, ready to be saved under
// test/fuzz/regressions/.
import fc from 'fast-check';

const scale = Number(process.env.FUZZ_SCALE ?? '1') || 1;
const DEFAULT_SEED = 20261125;
const seed = process.env.FUZZ_SEED === 'random' ? undefined : process.env.FUZZ_SEED === undefined ? DEFAULT_SEED : Number(process.env.FUZZ_SEED);

/** Cases run so far in this process, per property (reported at the end of each file). */
export const counts: Record<string, number> = {};

export function runs(n: number): number {
  return Math.max(1, Math.round(n * scale));
}

export function check<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => void, numRuns: number): void {
  const n = runs(numRuns);
  const details = fc.check(
    fc.property(arb, (v) => {
      predicate(v);
    }),
    { numRuns: n, seed, path: process.env.FUZZ_PATH, endOnFailure: false },
  );
  counts[name] = (counts[name] ?? 0) + details.numRuns;
  if (details.failed) {
    const example = details.counterexample ? JSON.stringify(details.counterexample[0]) : '(none)';
    const error = details.errorInstance instanceof Error ? details.errorInstance.stack ?? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `${name} failed after ${details.numRuns} cases (seed ${details.seed}, path "${details.counterexamplePath}").\n` +
        `Replay: FUZZ_SEED=${details.seed} FUZZ_PATH="${details.counterexamplePath}" node --test out/test/fuzz/\n` +
        `Counterexample: ${example}\n${error}`,
    );
  }
}
