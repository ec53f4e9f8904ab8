// Issue 12's worst cases at their own sizes ("a bounded worst case"): the 200 KB random-bytes
// file, the 4 MB single line, a 1 MB table and a 2 MB paragraph (bench/generate.ts,
// WORST_CASES), each measured against one bare remark-parse + gfm of as many bytes of the
// standard generated file, in the same run:
//
// - open → diagnostics through the real server, and `argmap check` of the file, in time;
// - the server's peak (VmHWM with the file open and typed in) and the CLI's, in memory,
//   against the bare parse process's own peak (bare-peak.ts);
// - a letter typed in the claim just before and just after the big block, p50, against the
//   same on the 1 MB standard file (its usual keystroke places).
//
// The `worst` phase of run.js (`--only=worst`, `--worst=table,line` for some of them).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateArgumentMarkdown, standardBytes, WORST_CASES, type WorstCase } from './generate';
import { keystrokePlaces } from './server';
import { formatBytes, formatMs, formatRatio, summarize, table, type Summary } from './stats';
import { claimPlaces, serverSession } from './worstSession';

/** One run of a child process: wall and CPU milliseconds, and its whole-process peak memory. */
interface ChildRun {
  ms: number;
  cpu?: number;
  vmHWM: number;
}

export interface WorstRow {
  name: string;
  what: string;
  bytes: number;
  /** One bare parse of `bytes` bytes of the standard file, each in a fresh process. */
  bare: Summary;
  bareCpu: Summary;
  /** Median VmHWM of those processes. */
  barePeak: number;
  open: Summary;
  openCpu: Summary;
  /** Server VmHWM after the open and the keystrokes, before any other open. */
  serverPeak: number;
  check: Summary;
  /** Median VmHWM of the `argmap check` processes. */
  checkPeak: number;
  keystroke: Summary;
  keystrokeByPlace: Record<string, Summary>;
  /** What the server published for the open: all diagnostics, and the `block-too-large` ones. */
  diagnostics: number;
  blockTooLarge: number;
  /** The ratios the targets judge. */
  openRatio: number;
  checkRatio: number;
  openRatioCpu: number;
  serverMemoryRatio: number;
  checkMemoryRatio: number;
  keystrokeRatio: number;
}

export interface WorstResult {
  rows: WorstRow[];
  /** Keystroke → diagnostics on the 1 MB standard file, at its usual places (server.ts). */
  standard: { bytes: number; keystroke: Summary };
}

export interface WorstOptions {
  serverPath: string;
  cliPath: string;
  quick: boolean;
  /** Only these cases (by name); all by default. */
  only?: readonly string[];
  log: (line: string) => void;
}

/** Under `--quick`, the sizes of bench/generate.ts's old shapes: still over the 100 KB block limit but the first. */
const QUICK_BYTES: Record<string, number> = { random: 50_000, line: 400_000, table: 200_000, paragraph: 200_000 };

/** The cases at their sizes (the quick ones smaller), generated with seed 7. */
export function worstInputs(quick: boolean, only?: readonly string[]): { c: WorstCase; text: string }[] {
  return WORST_CASES.filter((c) => !only || only.includes(c.name)).map((c) => {
    const bytes = quick ? QUICK_BYTES[c.name] : c.bytes;
    return { c: { ...c, bytes }, text: c.make(bytes, 7) };
  });
}

function childRuns(runOnce: () => ChildRun, slowMs: number, quick: boolean): ChildRun[] {
  const runs = [runOnce()];
  // Three runs where one is seconds; one where it is most of a minute (the 4 MB bare parse).
  const more = quick ? 0 : runs[0].ms < slowMs ? 2 : 0;
  for (let k = 0; k < more; k++) runs.push(runOnce());
  return runs;
}

const median = (xs: readonly number[]) => summarize(xs).median;

function bareRun(file: string): ChildRun {
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(__dirname, 'bare-peak.js'), file], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`bare parse child failed: ${child.stderr.slice(-500)}`);
  return JSON.parse(child.stdout) as ChildRun;
}

function checkRun(cliPath: string, file: string, peakFile: string): ChildRun {
  fs.rmSync(peakFile, { force: true });
  const args = ['--require', path.join(__dirname, 'peak-hook.js'), cliPath, 'check', path.basename(file), '--format', 'json'];
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: path.dirname(file), encoding: 'utf8', env: { ...process.env, BENCH_PEAK_OUT: peakFile }, maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (child.status !== 0 && child.status !== 1) throw new Error(`argmap check failed (${child.status}): ${child.stderr.slice(-500)}`);
  const peak = JSON.parse(fs.readFileSync(peakFile, 'utf8')) as { vmHWM: number };
  return { ms, vmHWM: peak.vmHWM };
}

export async function runWorst(options: WorstOptions): Promise<WorstResult> {
  const { quick, log } = options;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-worst-'));
  const strokes = quick ? 6 : 12;
  try {
    // The yardstick for "as cheap as anywhere else": the 1 MB standard file's keystroke.
    const standardText = generateArgumentMarkdown(1_000_000, 1);
    const std = await serverSession(options.serverPath, root, standardText, keystrokePlaces(standardText), quick ? 8 : 16, 1);
    const standard = { bytes: Buffer.byteLength(standardText), keystroke: summarize(std.keystroke) };
    log(`   1 MB standard file: keystroke p50 ${formatMs(standard.keystroke.median)} (n=${standard.keystroke.n})`);

    const rows: WorstRow[] = [];
    for (const { c, text } of worstInputs(quick, options.only)) {
      const bytes = Buffer.byteLength(text);
      const file = path.join(root, `worst-${c.name}.arg.md`);
      fs.writeFileSync(file, text);
      const standardFile = path.join(root, `standard-${c.name}.md`);
      fs.writeFileSync(standardFile, standardBytes(bytes));
      const bare = childRuns(() => bareRun(standardFile), 20_000, quick);
      const s = await serverSession(options.serverPath, root, text, claimPlaces(text), strokes, quick ? 2 : 3);
      const check = childRuns(() => checkRun(options.cliPath, file, path.join(root, 'peak.json')), Infinity, quick);
      const row: WorstRow = {
        name: c.name,
        what: c.what,
        bytes,
        bare: summarize(bare.map((r) => r.ms)),
        bareCpu: summarize(bare.map((r) => r.cpu ?? NaN)),
        barePeak: median(bare.map((r) => r.vmHWM)),
        open: summarize(s.open),
        openCpu: summarize(s.openCpu),
        serverPeak: s.peak,
        check: summarize(check.map((r) => r.ms)),
        checkPeak: median(check.map((r) => r.vmHWM)),
        keystroke: summarize(s.keystroke),
        keystrokeByPlace: Object.fromEntries(Object.entries(s.byPlace).map(([k, v]) => [k, summarize(v)])),
        diagnostics: s.diagnostics,
        blockTooLarge: s.blockTooLarge,
        openRatio: NaN,
        checkRatio: NaN,
        openRatioCpu: NaN,
        serverMemoryRatio: NaN,
        checkMemoryRatio: NaN,
        keystrokeRatio: NaN,
      };
      row.openRatio = row.open.median / row.bare.median;
      row.checkRatio = row.check.median / row.bare.median;
      row.openRatioCpu = row.openCpu.median / row.bareCpu.median;
      row.serverMemoryRatio = row.serverPeak / row.barePeak;
      row.checkMemoryRatio = row.checkPeak / row.barePeak;
      row.keystrokeRatio = row.keystroke.median / standard.keystroke.median;
      rows.push(row);
      log(
        `   ${c.name.padEnd(9)} ${formatBytes(bytes)}: bare ${formatMs(row.bare.median)} ${formatBytes(row.barePeak)}; open ${formatMs(row.open.median)} (${formatRatio(row.openRatio)}), ` +
          `check ${formatMs(row.check.median)} (${formatRatio(row.checkRatio)}); peak server ${formatBytes(row.serverPeak)} (${formatRatio(row.serverMemoryRatio)}), ` +
          `check ${formatBytes(row.checkPeak)} (${formatRatio(row.checkMemoryRatio)}); keystroke p50 ${formatMs(row.keystroke.median)} (${formatRatio(row.keystrokeRatio)}); ${row.blockTooLarge} block-too-large`,
      );
    }
    return { rows, standard };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

/** The phase's table, as run.js prints it. */
export function worstTable(r: WorstResult): string {
  return table([
    ['case', 'bytes', 'bare parse (time, peak)', 'open → diagnostics', 'argmap check', 'time ratio (open, check)', 'server peak', 'check peak', 'memory ratio (server, check)', 'keystroke p50 (before, after)', '/ 1 MB standard', 'block-too-large'],
    ...r.rows.map((w) => [
      w.name,
      formatBytes(w.bytes),
      `${formatMs(w.bare.median)} (n=${w.bare.n}), ${formatBytes(w.barePeak)}`,
      `${formatMs(w.open.median)} (n=${w.open.n})`,
      `${formatMs(w.check.median)} (n=${w.check.n})`,
      `${formatRatio(w.openRatio)}, ${formatRatio(w.checkRatio)}`,
      formatBytes(w.serverPeak),
      formatBytes(w.checkPeak),
      `${formatRatio(w.serverMemoryRatio)}, ${formatRatio(w.checkMemoryRatio)}`,
      `${formatMs(w.keystroke.median)} (${formatMs(w.keystrokeByPlace['claim before']?.median ?? NaN)}, ${formatMs(w.keystrokeByPlace['claim after']?.median ?? NaN)})`,
      formatRatio(w.keystrokeRatio),
      String(w.blockTooLarge),
    ]),
  ]);
}

/** Issue 12's names for the cases, as the target ids use them. */
const TARGET_NAMES: Record<string, string> = { random: 'random-200KB', line: 'line-4MB', table: 'table-1MB', paragraph: 'paragraph-2MB' };

/** Three targets per case: time, memory, keystroke (run.ts adds `met`). */
export function worstTargets(r: WorstResult | undefined): { id: string; text: string; value?: number; cpuValue?: number; limit: number; source: string }[] {
  return WORST_CASES.flatMap((c) => {
    const w = r?.rows.find((row) => row.name === c.name);
    const id = `worst-${TARGET_NAMES[c.name]}`;
    const what = `${w?.what ?? c.what}, ${formatBytes(w?.bytes ?? c.bytes)}`;
    return [
      {
        id: `${id}-time`,
        text: `worst case, ${what}: open → diagnostics and argmap check ≤ 2 × a bare parse of as many bytes of the standard file (the slower counts)`,
        value: w && Math.max(w.openRatio, w.checkRatio),
        cpuValue: w?.openRatioCpu,
        limit: 2,
        source: 'issue 12',
      },
      {
        id: `${id}-memory`,
        text: `worst case, ${what}: server and argmap check peak memory ≤ 2 × the bare parse process's (the larger counts)`,
        value: w && Math.max(w.serverMemoryRatio, w.checkMemoryRatio),
        limit: 2,
        source: 'issue 12',
      },
      {
        id: `${id}-keystroke`,
        text: `worst case, ${what}: keystroke in the claim before and after the block, p50 ≤ 1 × the 1 MB standard file's`,
        value: w?.keystrokeRatio,
        limit: 1,
        source: 'issue 12',
      },
    ];
  });
}
