// Timing, CPU time, memory and summary statistics. Two noisy cores: every number the
// bench reports is a median (or a percentile) of several samples, printed with its min
// and max; CPU times beside the wall-clock ones tell work from waiting for a core.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Summary {
  /** Number of samples. */
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** The q-quantile (0 ≤ q ≤ 1) of sorted samples, by linear interpolation (p50 = median). */
export function quantile(sorted: readonly number[], q: number): number {
  if (!sorted.length) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: quantile(sorted, 0.5),
    p95: quantile(sorted, 0.95),
    min: sorted[0] ?? NaN,
    max: sorted[sorted.length - 1] ?? NaN,
  };
}

/** Collects garbage when node runs with --expose-gc, so one sample's garbage is not the next one's pause. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export interface RepeatOptions {
  /** Runs measured after the warm-up. */
  runs: number;
  /** Unmeasured runs first (JIT, caches). */
  warmup?: number;
  /**
   * Stop early (but after at least `minRuns`) once this many milliseconds have gone into
   * measured runs: keeps the huge inputs inside the time budget.
   */
  budgetMs?: number;
  minRuns?: number;
}

export interface Samples {
  /** Wall-clock milliseconds per call: what a user waits. */
  wall: number[];
  /** CPU milliseconds per call (all threads): what the work costs, whatever else the machine runs. */
  cpu: number[];
}

/** Times `fn` (milliseconds per call), with garbage collected between calls. */
export function repeat(fn: () => unknown, options: RepeatOptions): Samples {
  const { runs, warmup = 1, budgetMs = Infinity, minRuns = runs } = options;
  for (let i = 0; i < warmup; i++) {
    collectGarbage();
    fn();
  }
  const samples: Samples = { wall: [], cpu: [] };
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const c0 = ownCpuTime();
    const t0 = performance.now();
    fn();
    const ms = performance.now() - t0;
    samples.cpu.push(ownCpuTime() - c0);
    samples.wall.push(ms);
    spent += ms;
    if (samples.wall.length >= minRuns && spent > budgetMs) break;
  }
  return samples;
}

/** CPU milliseconds this process has used (user + system, all threads). */
export function ownCpuTime(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * CPU milliseconds another process has used, all its threads, from
 * /proc/<pid>/task/<tid>/schedstat (nanoseconds on the CPU); undefined off Linux.
 */
export function cpuTime(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const task of fs.readdirSync(`/proc/${pid}/task`)) {
      ns += Number(fs.readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

/** Milliseconds as people read them: `0.42 ms`, `37.1 ms`, `12.3 s`. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '—';
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  return `${ms.toFixed(2)} ms`;
}

/** `median (min–max)` of a summary. */
export function formatSummary(s: Summary | undefined): string {
  if (!s || !s.n) return '—';
  if (s.n === 1) return `${formatMs(s.median)} (1 run)`;
  return `${formatMs(s.median)} (${formatMs(s.min)}–${formatMs(s.max)}, n=${s.n})`;
}

export function formatRatio(r: number | undefined): string {
  if (r === undefined || !Number.isFinite(r)) return '—';
  if (r >= 100) return `${r.toFixed(0)}×`;
  if (r >= 0.1) return `${r.toFixed(2)}×`;
  return `${r.toPrecision(2)}×`;
}

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(2)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A fixed-width text table: first row is the header. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) => row.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const [head, ...body] = rows;
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export interface Memory {
  /** Resident set size now, bytes. */
  vmRSS: number;
  /** Peak resident set size of the process so far ("high water mark"), bytes. */
  vmHWM: number;
}

/** VmRSS and VmHWM of a process, from /proc/<pid>/status (Linux only). */
export function readMemory(pid: number): Memory | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s*(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { vmRSS: kb('VmRSS'), vmHWM: kb('VmHWM') };
  } catch {
    return undefined;
  }
}
