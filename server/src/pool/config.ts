// How many worker threads parse: `ARGMAP_WORKERS` (0 = none, everything on the main thread
// as before; 1–4 = that many), else one per core up to 2. With one core the pool would
// only add the cost of sending chunks back and forth. Read by the server and the CLI.
import os from 'node:os';

/** The most workers the pool runs: measured on 2 cores only; each costs memory (docs/server.md). */
export const MAX_WORKERS = 4;
export const AUTO_WORKERS = 2;

/** The pool's size from the environment's value and the number of cores; 0 for no pool. */
export function workerCount(value: string | undefined = process.env.ARGMAP_WORKERS, cores = os.availableParallelism()): number {
  if (value !== undefined && /^\s*\d+\s*$/.test(value)) return Math.min(MAX_WORKERS, Number(value));
  return cores >= 2 ? Math.min(AUTO_WORKERS, cores) : 0;
}
