// The parse workers (issue 12, "both cores on open"): open → diagnostics through the real
// server with its workers (the default) and without (ARGMAP_WORKERS=0), and `argmap check`
// of many files both ways. Medians; each server fresh, warmed on a small file first.
//
// `node out/bench/pool.js [--quick] [--sizes=1MB,5MB]` after `node esbuild.mjs --bench`,
// or the `pool` phase of run.js.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArgumentMarkdown } from './generate';
import { LspSession } from './server';
import { formatMs, formatRatio, summarize, table, type Summary } from './stats';

export interface PoolRow {
  /** `open 1MB`, `check 200 files`. */
  name: string;
  serial: Summary;
  workers: Summary;
  /** Server CPU time (all threads) per open, both ways: what the parallel parse costs in all. */
  serialCpu?: Summary;
  workersCpu?: Summary;
  /** workers / serial, wall clock medians. */
  ratio: number;
}

const SIZES: Record<string, number> = { '1MB': 1_000_000, '5MB': 5_000_000 };

async function opens(serverPath: string, root: string, text: string, runs: number, env: Record<string, string>): Promise<{ wall: number[]; cpu: number[] }> {
  const session = await LspSession.start({ serverPath, root, env });
  try {
    const warm = generateArgumentMarkdown(100_000, 3);
    await session.warmUp(warm);
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let k = 0; k < runs; k++) {
      const uri = session.uri(`open-${k}.arg.md`);
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.open(uri, text);
      const published = await session.diagnostics(uri, 1);
      wall.push(published.at - t0);
      cpu.push(session.cpu() - c0);
      await session.close(uri);
    }
    return { wall, cpu };
  } finally {
    await session.stop();
  }
}

function checks(cliPath: string, dir: string, runs: number, workers: string): number[] {
  const times: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [cliPath, 'check', '.', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ARGMAP_WORKERS: workers }, maxBuffer: 1 << 28 });
    times.push(performance.now() - t0);
    if (r.status !== 0 && r.status !== 1) throw new Error(`argmap check failed: ${r.stderr}`);
  }
  return times;
}

export async function runPool(options: { quick: boolean; sizes?: readonly string[]; dist: string }): Promise<PoolRow[]> {
  const rows: PoolRow[] = [];
  const serverPath = path.join(options.dist, 'server.js');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-pool-'));
  try {
    const sizes = Object.keys(SIZES).filter((s) => (options.sizes ? options.sizes.includes(s) : !options.quick || s === '1MB'));
    for (const size of sizes) {
      const text = generateArgumentMarkdown(SIZES[size], 1);
      const runs = options.quick ? 3 : 5;
      const serial = await opens(serverPath, root, text, runs, { ARGMAP_WORKERS: '0' });
      const workers = await opens(serverPath, root, text, runs, {});
      const row = { name: `open ${size}`, serial: summarize(serial.wall), workers: summarize(workers.wall), serialCpu: summarize(serial.cpu), workersCpu: summarize(workers.cpu) };
      rows.push({ ...row, ratio: row.workers.median / row.serial.median });
    }
    const files = options.quick ? 50 : 200;
    const dir = path.join(root, 'check');
    fs.mkdirSync(dir);
    for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, `f${i}.arg.md`), generateArgumentMarkdown(10_000, 1000 + i));
    const runs = options.quick ? 3 : 5;
    const serial = summarize(checks(path.join(options.dist, 'cli.js'), dir, runs, '0'));
    const workers = summarize(checks(path.join(options.dist, 'cli.js'), dir, runs, ''));
    rows.push({ name: `check ${files} files (10 KB each)`, serial, workers, ratio: workers.median / serial.median });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return rows;
}

export function poolTable(rows: readonly PoolRow[]): string {
  return table([
    ['', 'serial (ARGMAP_WORKERS=0)', 'workers (default)', 'workers / serial', 'server CPU serial', 'server CPU workers'],
    ...rows.map((r) => [
      r.name,
      `${formatMs(r.serial.median)} (n=${r.serial.n})`,
      `${formatMs(r.workers.median)} (n=${r.workers.n})`,
      formatRatio(r.ratio),
      r.serialCpu ? formatMs(r.serialCpu.median) : '',
      r.workersCpu ? formatMs(r.workersCpu.median) : '',
    ]),
  ]);
}

// Run as its own script (not as a part of run.js's bundle).
if (path.basename(process.argv[1] ?? '') === 'pool.js') {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const sizes = args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length).split(',');
  const dist = path.resolve(__dirname, '../../dist');
  void runPool({ quick, sizes, dist }).then((rows) => {
    console.log(`parse workers (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.availableParallelism()} cores)`);
    console.log(poolTable(rows));
  });
}
