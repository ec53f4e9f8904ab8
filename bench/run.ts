// The benchmark: every measurement side by side in one run, a table, the targets
// met or not, and bench/results/latest.json. See docs/bench.md.
//
//   npm run bench                      the whole run (~20–25 minutes on 2 quiet cores)
//   npm run bench -- --quick           10 KB, 100 KB, 1 MB and small shapes, fewer runs (~3–5 minutes)
//   node --expose-gc out/bench/run.js --only=model,argdown --sizes=1MB
//   node --expose-gc out/bench/run.js --cpu-prof   (profiles the server; numbers then run slow)
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { argdownApp, argdownParseAndModel, describeArgdown, type ArgdownResult } from './argdown';
import { applyChange, EDIT_KINDS, planEdit, type EditKind } from './edits';
import { benchInputs, generateArgumentMarkdown, prng, SHAPES, SIZES, type BenchInput } from './generate';
import { argmapAnalyze, bareParse, describeAnalysis } from './model';
import { runMap, type MapResult } from './map';
import { soak, type SoakResult } from './soak';
import { formatProfile, readProfile, summarizeProfile, type ProfileSummary } from './profile';
import { delay, hoverPlace, insertAt, keystrokePlaces, LspSession } from './server';
import { maxMedian, measureRequests, requestPlaces, slowestRequest, type RequestsResult } from './requests';
import { runWorkspace, type WorkspaceResult } from './workspace';
import {
  collectGarbage,
  formatBytes,
  formatMs,
  formatRatio,
  formatSummary,
  repeat,
  summarize,
  table,
  type Memory,
  type RepeatOptions,
  type Summary,
} from './stats';
import { poolTable, runPool, type PoolRow } from './pool';
import { runWorst, worstTable, worstTargets, type WorstResult } from './worst';

// ---------------------------------------------------------------------------
// Options

const PHASES = ['model', 'argdown', 'server', 'concurrency', 'memory', 'map', 'pool', 'worst', 'workspace', 'soak'] as const;
/** Phases run only when `--only` names them: the soak types 10,000 keystrokes (10–20 minutes). */
const OPTIONAL: readonly Phase[] = ['soak'];
type Phase = (typeof PHASES)[number];

interface Options {
  quick: boolean;
  phases: Set<Phase>;
  sizes?: string[];
  cpuProf: boolean;
  out?: string;
  /** Which issue-12 shapes (`SHAPES`) to run; all by default, none with `--shapes=none`. */
  shapes?: string[];
  /** Which of issue 12's worst cases (bench/worst.ts) to run; all by default. */
  worst?: string[];
}

function parseOptions(argv: readonly string[]): Options {
  const options: Options = { quick: false, phases: new Set(PHASES.filter((p) => !OPTIONAL.includes(p))), cpuProf: false };
  for (const arg of argv) {
    const [key, value] = arg.split('=', 2);
    if (key === '--quick') options.quick = true;
    else if (key === '--cpu-prof') options.cpuProf = true;
    else if (key === '--only' && value) options.phases = new Set(value.split(',').filter((p): p is Phase => (PHASES as readonly string[]).includes(p)));
    else if (key === '--sizes' && value) options.sizes = value.split(',');
    else if (key === '--out' && value) options.out = value;
    else if (key === '--shapes' && value) options.shapes = value === 'none' ? [] : value.split(',');
    else if (key === '--worst' && value) options.worst = value.split(',');
    else {
      console.error(`unknown option ${arg}\nusage: run.js [--quick] [--only=${PHASES.join(',')}] [--sizes=${SIZES.map((s) => s.name).join(',')}] [--shapes=${SHAPES.map((s) => s.name).join(',')}|none] [--worst=random,line,table,paragraph] [--cpu-prof] [--out=FILE]`);
      process.exit(2);
    }
  }
  if (options.quick && !options.sizes) options.sizes = ['10KB', '100KB', '1MB'];
  return options;
}

// ---------------------------------------------------------------------------
// Results

interface ModelResult {
  bare?: Summary;
  argmap?: Summary;
  bareCpu?: Summary;
  argmapCpu?: Summary;
  /** argmap analysis median / bare parse median (wall clock). */
  ratio?: number;
  /** The same in CPU time. */
  ratioCpu?: number;
  analysis?: { nodes: number; edges: number; diagnostics: number };
}

interface ArgdownRow {
  bytes: number;
  parseAndModel: Summary;
  parseAndModelCpu: Summary;
  model: ArgdownResult;
}

interface ServerResult {
  open: Summary;
  /** p50 = median, p95 as named. */
  keystroke: Summary;
  /** The server process's CPU time (all threads) for each open and each keystroke. */
  openCpu: Summary;
  keystrokeCpu: Summary;
  keystrokeByPlace: Record<string, Summary>;
  /** Realistic edits (100KB, 1MB, 5MB only): each step's latency by kind, and the mix. */
  edits?: EditsResult;
  places: Record<string, { line: number; character: number }>;
  diagnostics: number;
  openRatio?: number;
  keystrokeP50Ratio?: number;
  keystrokeP95Ratio?: number;
  /** The ratios in CPU time: server CPU per open / keystroke over the bare parse's CPU. */
  openRatioCpu?: number;
  keystrokeP50RatioCpu?: number;
  keystrokeP95RatioCpu?: number;
  hover?: Summary;
  documentSymbol?: Summary;
  symbols?: number;
  /** Every request of editing.md (the 1 MB input only). */
  requests?: RequestsResult;
  /** Right after the first open. */
  memoryAfterOpen?: Memory;
  /** After the keystrokes (and hover and outline) with the file open: VmHWM is the peak with it open. */
  memoryWithFileOpen?: Memory;
  /** VmRSS and VmHWM after each step of the session. */
  memorySteps?: Record<string, Memory | undefined>;
  profile?: ProfileSummary;
  unversionedPublishes?: number;
}

interface ConcurrencyResult {
  /** The 5 MB (or largest) input being analysed. */
  input: string;
  hover: Summary;
  bigDiagnostics: Summary;
  /** How many hovers came back before the big file's diagnostics. */
  hoverFirst: number;
  runs: number;
  hoverHadContent: boolean;
}

interface Target {
  id: string;
  text: string;
  /** From wall-clock times: what the target is judged on. */
  value?: number;
  /** The same ratio from CPU times, for a busy machine. */
  cpuValue?: number;
  limit: number;
  /** Strict `<` instead of `≤`. */
  strict?: boolean;
  /** `ms` when value and limit are milliseconds, not a ratio. */
  unit?: 'ms';
  /** Where the target comes from (docs/bench.md, spec editing.md, issue 12). */
  source: string;
  met: boolean | null;
}

interface Results {
  date: string;
  commit?: string;
  /** Tracked files that differed from the commit when the run started (the run measured them as they were). */
  uncommitted?: string[];
  /** True when tracked files differed from `commit` (then `uncommitted` lists them): the numbers are not that commit's. */
  dirty: boolean;
  node: string;
  platform: string;
  cpus: number;
  cpuModel: string;
  /** 1-minute load average at the start and the end: other work on the machine skews every number. */
  loadAverage: { start: number; end?: number };
  quick: boolean;
  notes: string[];
  inputs: { name: string; bytes: number; lines: number; argdownBytes?: number; shape?: string }[];
  model: Record<string, ModelResult>;
  argdown: Record<string, ArgdownRow>;
  server: Record<string, ServerResult>;
  concurrency?: ConcurrencyResult;
  markdownIt?: { input: string; ms: number; tokens: number; vmRSS: number; vmHWM: number };
  map?: MapResult;
  soak?: SoakResult;
  /** The 2,000-file workspace (100 under --quick): bench/workspace.ts. */
  workspace?: WorkspaceResult;
  /** Open → diagnostics and `argmap check` of many files, with the parse workers and without (bench/pool.ts). */
  pool?: PoolRow[];
  /** Issue 12's worst cases at their own sizes (bench/worst.ts). */
  worst?: WorstResult;
  targets: Target[];
  durationSeconds: number;
}

// ---------------------------------------------------------------------------
// Phases

/** Runs per measurement by input size: medians of ≥ 5 after a warm-up; the huge bare parses once. */
function plan(bytes: number, what: 'bare' | 'fast', quick: boolean, shape?: string): RepeatOptions {
  // A shape can be pathological for remark or for argmap: a time budget, still ≥ 3 runs.
  if (shape) return { runs: quick ? 3 : 7, warmup: 1, budgetMs: quick ? 10_000 : 30_000, minRuns: 3 };
  if (what === 'bare') {
    // The huge ones take minutes each: 3 runs in a full run, 1 under --quick.
    if (bytes >= 2e6) return { runs: quick ? 1 : 3, warmup: 0 };
    if (bytes >= 5e5) return { runs: quick ? 3 : 5, warmup: 1 };
    if (bytes >= 5e4) return { runs: quick ? 5 : 10, warmup: 2 };
    return { runs: quick ? 10 : 20, warmup: 3 };
  }
  // Inputs run smallest first, so the JIT is warm before the huge ones; a slow model
  // stops after 3 runs once a minute has gone into them, to keep the run bounded.
  if (bytes >= 2e6) return { runs: 5, warmup: 0, budgetMs: 60_000, minRuns: 3 };
  if (bytes >= 5e5) return { runs: quick ? 5 : 7, warmup: 1, budgetMs: 60_000, minRuns: 5 };
  if (bytes >= 5e4) return { runs: quick ? 10 : 15, warmup: 3 };
  return { runs: quick ? 20 : 30, warmup: 5 };
}

const bytes2e6 = (b: number) => b >= 2e6;

function runModel(inputs: readonly BenchInput[], options: Options, results: Results): void {
  console.log('\n== bare remark parse vs argmap analysis (in process)');
  // Smallest first: the 5 MB bare parse (the longest step) comes last.
  for (const input of [...inputs].sort((a, b) => a.bytes - b.bytes)) {
    const row: ModelResult = {};
    const file = `${input.name}.arg.md`;
    const argmap = repeat(() => argmapAnalyze(input.text, file), plan(input.bytes, 'fast', options.quick, input.shape));
    row.argmap = summarize(argmap.wall);
    row.argmapCpu = summarize(argmap.cpu);
    row.analysis = describeAnalysis(argmapAnalyze(input.text, file));
    collectGarbage();
    const bare = plan(input.bytes, 'bare', options.quick, input.shape);
    if (bytes2e6(input.bytes) && !input.shape) console.log(`   ${input.name}: bare parse runs ${bare.runs}× (${formatBytes(input.bytes)}; this takes a while)…`);
    const bareSamples = repeat(() => bareParse(input.text), bare);
    row.bare = summarize(bareSamples.wall);
    row.bareCpu = summarize(bareSamples.cpu);
    collectGarbage();
    row.ratio = row.argmap.median / row.bare.median;
    row.ratioCpu = row.argmapCpu.median / row.bareCpu.median;
    results.model[input.name] = row;
    console.log(`   ${input.name.padEnd(9)} bare ${formatSummary(row.bare)}  argmap ${formatSummary(row.argmap)}  ratio ${formatRatio(row.ratio)}`);
  }
}

function runArgdown(inputs: readonly BenchInput[], options: Options, results: Results): void {
  console.log('\n== Argdown parse + model (same-shape Argdown input)');
  const app = argdownApp();
  for (const input of inputs) {
    if (!input.argdown) continue;
    const text = input.argdown;
    const bytes = Buffer.byteLength(text);
    const samples = repeat(() => argdownParseAndModel(app, text), plan(bytes, 'fast', options.quick));
    const parseAndModel = summarize(samples.wall);
    const model = describeArgdown(argdownParseAndModel(app, text));
    if (model.errors) results.notes.push(`Argdown reported ${model.errors} errors on the ${input.name} input.`);
    results.argdown[input.name] = { bytes, parseAndModel, parseAndModelCpu: summarize(samples.cpu), model };
    collectGarbage();
    console.log(`   ${input.name.padEnd(9)} ${formatSummary(parseAndModel)}  (${model.statements} statements, ${model.arguments} arguments, ${model.relations} relations)`);
  }
}

interface ServerContext {
  serverPath: string;
  root: string;
  options: Options;
  /** The input whose session also measures hover and outline (the 5 MB one when present). */
  largest: string;
  /** Whether the run has the 1 MB input (else the largest gets its every-request row). */
  hasOneMegabyte: boolean;
  profileDir?: string;
}

async function startServer(ctx: ServerContext, label: string): Promise<LspSession> {
  const cpuProfDir = ctx.profileDir ? path.join(ctx.profileDir, label) : undefined;
  return LspSession.start({ serverPath: ctx.serverPath, root: ctx.root, cpuProfDir });
}

/**
 * A fresh server per input, so its memory is that input's alone. The document is
 * opened once and typed in (and, on the largest input, hovered and outlined) before
 * anything else: the memory peak so far is "with this file open". Then more opens,
 * each of a new document closed after, for the open → diagnostics median.
 */
async function serverSession(input: BenchInput, ctx: ServerContext): Promise<ServerResult> {
  const session = await startServer(ctx, input.name);
  const quick = ctx.options.quick;
  try {
    // Warm the server's JIT on a small document (a large one would inflate the memory peak).
    const warm = input.bytes <= 1.5e6 ? input.text : generateArgumentMarkdown(10_000, 3);
    await session.warmUp(warm);
    const memory: Record<string, Memory | undefined> = {};

    const opens: number[] = [];
    const openCpu: number[] = [];
    const openOnce = async (uri: string) => {
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.open(uri, input.text);
      const published = await session.diagnostics(uri, 1);
      opens.push(published.at - t0);
      openCpu.push(session.cpu() - c0);
      return published;
    };

    // The document typed in: its open is the first open measured.
    const uri = session.uri(`${input.name}.arg.md`);
    const diagnostics = (await openOnce(uri)).count;
    memory['after open'] = session.memory();

    // Keystrokes: one character inserted, round-robin over the places, each awaited.
    const lines = input.text.split('\n');
    const places = keystrokePlaces(input.text);
    let version = 1;
    const type = async (at: { line: number; character: number }) => {
      version++;
      insertAt(lines, at, 'e');
      const c0 = session.cpu();
      const t0 = performance.now();
      await session.change(uri, version, at, 'e', () => lines.join('\n'));
      const published = await session.diagnostics(uri, version);
      return { wall: published.at - t0, cpu: session.cpu() - c0 };
    };
    for (const place of places) await type(place.position); // warm-up
    const all: number[] = [];
    const allCpu: number[] = [];
    const byPlace: Record<string, number[]> = {};
    const strokes = quick ? 16 : input.bytes >= 2e6 ? 24 : 40;
    const budget = quick ? 20_000 : 60_000;
    let spent = 0;
    for (let i = 0; i < strokes && (i < 12 || spent < budget); i++) {
      const place = places[i % places.length];
      const { wall: ms, cpu } = await type(place.position);
      spent += ms;
      all.push(ms);
      allCpu.push(cpu);
      (byPlace[place.name] ??= []).push(ms);
      await delay(10); // a typist's gap, short
    }
    memory['after keystrokes'] = session.memory();

    const edits = EDIT_SIZES.includes(input.name) ? await realisticEdits(session, uri, lines, () => ++version, quick) : undefined;
    if (edits) memory['after edits'] = session.memory();

    let hover: Summary | undefined;
    let documentSymbol: Summary | undefined;
    let symbols: number | undefined;
    if (input.name === ctx.largest || input.name === '1MB') {
      const at = hoverPlace(lines.join('\n'), 0.7);
      const hovers: number[] = [];
      for (let k = 0; k < 10; k++) {
        const t0 = performance.now();
        await session.hover(uri, at);
        hovers.push(performance.now() - t0);
      }
      hover = summarize(hovers);
      const symbolTimes: number[] = [];
      for (let k = 0; k < 5; k++) {
        const t0 = performance.now();
        symbols = countSymbols(await session.documentSymbol(uri));
        symbolTimes.push(performance.now() - t0);
      }
      documentSymbol = summarize(symbolTimes);
      memory['after hover and outline'] = session.memory();
    }
    let requests: RequestsResult | undefined;
    // On the 1 MB input (the spec's size), or on the largest when a run has none (the smoke test's 100 KB).
    if (input.name === '1MB' || (input.name === ctx.largest && !ctx.hasOneMegabyte)) {
      const text = lines.join('\n');
      const current = session.published.get(uri)?.diagnostics ?? [];
      requests = await measureRequests(session, uri, requestPlaces(text, hoverPlace(text, 0.7)), current, quick ? 5 : 10);
      memory['after every request'] = session.memory();
    }
    const peakWithFileOpen = session.memory();
    await session.close(uri);

    // More opens, each of a new document, closed after.
    const openRuns = input.bytes >= 2e6 ? 3 : input.bytes >= 5e5 ? 5 : quick ? 5 : 10;
    while (opens.length < openRuns && (opens.length < 2 || opens.reduce((x, y) => x + y, 0) < 60_000)) {
      await delay(50);
      const other = session.uri(`${input.name}-open-${opens.length}.arg.md`);
      await openOnce(other);
      await session.close(other);
    }
    memory['after all opens'] = session.memory();

    return {
      open: summarize(opens),
      keystroke: summarize(all),
      openCpu: summarize(openCpu),
      keystrokeCpu: summarize(allCpu),
      edits,
      keystrokeByPlace: Object.fromEntries(Object.entries(byPlace).map(([k, v]) => [k, summarize(v)])),
      places: Object.fromEntries(places.map((p) => [p.name, p.position])),
      diagnostics,
      hover,
      documentSymbol,
      symbols,
      requests,
      memoryAfterOpen: memory['after open'],
      memoryWithFileOpen: peakWithFileOpen,
      memorySteps: memory,
      unversionedPublishes: session.unversionedPublishes || undefined,
    };
  } finally {
    await session.stop();
    if (ctx.profileDir) {
      const summary = latestProfile(path.join(ctx.profileDir, input.name));
      if (summary) {
        console.log(`   server CPU profile (${input.name}):\n${indent(formatProfile(summary), '   ')}`);
        profiles.set(input.name, summary);
      }
    }
  }
}

/** The generated sizes that get the realistic edits (issue 11). */
const EDIT_SIZES = ['100KB', '1MB', '5MB'];

interface EditsResult {
  /** Per kind: every step's latency (a label is 11 steps, a fence 2, …). */
  byKind: Partial<Record<EditKind, Summary>>;
  /** The same kinds in a shuffled order, after the separate runs. */
  mix: Summary;
  /** Kinds the document had no place for. */
  skipped: EditKind[];
}

/**
 * Each kind of edit `perKind` times at places spread over the file, then a mix of
 * all kinds in a seeded order. Every step is awaited to its diagnostics, as a
 * keystroke is; the document keeps the edits (it drifts as a real one does).
 */
async function realisticEdits(session: LspSession, uri: string, lines: string[], nextVersion: () => number, quick: boolean): Promise<EditsResult> {
  const perKind = quick ? 2 : 5;
  const where = prng(11);
  const step = async (kind: EditKind): Promise<number[] | undefined> => {
    const changes = planEdit(kind, lines, 0.05 + where() * 0.9);
    if (!changes) return undefined;
    const times: number[] = [];
    for (const change of changes) {
      const version = nextVersion();
      applyChange(lines, change);
      const t0 = performance.now();
      await session.edit(uri, version, change, () => lines.join('\n'));
      times.push((await session.diagnostics(uri, version)).at - t0);
      await delay(10);
    }
    return times;
  };
  const byKind: Partial<Record<EditKind, Summary>> = {};
  const skipped: EditKind[] = [];
  for (const kind of EDIT_KINDS) {
    const times: number[] = [];
    for (let k = 0; k < perKind; k++) {
      const t = await step(kind);
      if (!t) break;
      times.push(...t);
    }
    if (times.length) byKind[kind] = summarize(times);
    else skipped.push(kind);
  }
  const mix: number[] = [];
  const order = prng(12);
  for (let k = 0; k < perKind * 2; k++) mix.push(...((await step(EDIT_KINDS[Math.floor(order() * EDIT_KINDS.length)])) ?? []));
  return { byKind, mix: summarize(mix), skipped };
}

/** Server CPU profile summaries by input, when run with --cpu-prof. */
const profiles = new Map<string, ProfileSummary>();

function countSymbols(symbols: unknown): number {
  if (!Array.isArray(symbols)) return 0;
  return symbols.reduce((n: number, s: { children?: unknown[] }) => n + 1 + countSymbols(s.children), 0);
}

function latestProfile(dir: string): ProfileSummary | undefined {
  if (!fs.existsSync(dir)) return undefined;
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return undefined;
  return summarizeProfile(readProfile(path.join(dir, files.sort().at(-1)!)), 15);
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => by + l)
    .join('\n');
}

async function runServer(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): Promise<void> {
  console.log('\n== language server over stdio (delay 0)');
  for (const input of inputs.filter((i) => !i.modelOnly)) {
    const r = await serverSession(input, ctx);
    const bare = results.model[input.name]?.bare?.median;
    if (bare) {
      r.openRatio = r.open.median / bare;
      r.keystrokeP50Ratio = r.keystroke.median / bare;
      r.keystrokeP95Ratio = r.keystroke.p95 / bare;
    }
    const bareCpu = results.model[input.name]?.bareCpu?.median;
    if (bareCpu) {
      r.openRatioCpu = r.openCpu.median / bareCpu;
      r.keystrokeP50RatioCpu = r.keystrokeCpu.median / bareCpu;
      r.keystrokeP95RatioCpu = r.keystrokeCpu.p95 / bareCpu;
    }
    r.profile = profiles.get(input.name);
    results.server[input.name] = r;
    console.log(
      `   ${input.name.padEnd(9)} open ${formatSummary(r.open)}  keystroke p50 ${formatMs(r.keystroke.median)} p95 ${formatMs(r.keystroke.p95)} (n=${r.keystroke.n})  ${r.diagnostics} diagnostics`,
    );
    if (r.unversionedPublishes) results.notes.push(`The server published diagnostics without a document version (${input.name}); the bench counted them for the last version sent.`);
  }
}

/** The big file's didOpen, and at once a small document's didOpen and a hover in it. */
async function runConcurrency(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): Promise<void> {
  const big = inputs.find((i) => i.name === ctx.largest);
  if (!big) return;
  console.log(`\n== hover in a small document while ${big.name} is being analysed`);
  const small = generateArgumentMarkdown(10_000, 4);
  const at = hoverPlace(small, 0.3);
  const session = await startServer(ctx, 'concurrency');
  const hovers: number[] = [];
  const bigTimes: number[] = [];
  let hoverFirst = 0;
  let hoverHadContent = false;
  const runs = 3;
  try {
    const warm = session.uri('warm.arg.md');
    await session.open(warm, small);
    await session.diagnostics(warm, 1);
    await session.hover(warm, at);
    for (let k = 0; k < runs && (k < 1 || bigTimes.reduce((a, b) => a + b, 0) < 60_000); k++) {
      const bigUri = session.uri(`big-${k}.arg.md`);
      const smallUri = session.uri(`small-${k}.arg.md`);
      const t0 = performance.now();
      const bigOpen = session.open(bigUri, big.text);
      const smallOpen = session.open(smallUri, small);
      const th = performance.now();
      const hover = (await session.hover(smallUri, at)) as { contents?: unknown } | null;
      const hoverDone = performance.now();
      hovers.push(hoverDone - th);
      hoverHadContent ||= !!hover?.contents;
      const published = await session.diagnostics(bigUri, 1);
      bigTimes.push(published.at - t0);
      if (hoverDone < published.at) hoverFirst++;
      await Promise.all([bigOpen, smallOpen]);
      await session.close(bigUri);
      await session.close(smallUri);
      await delay(100);
    }
  } finally {
    await session.stop();
  }
  results.concurrency = { input: big.name, hover: summarize(hovers), bigDiagnostics: summarize(bigTimes), hoverFirst, runs: hovers.length, hoverHadContent };
  console.log(`   hover ${formatSummary(results.concurrency.hover)}; ${big.name} diagnostics ${formatSummary(results.concurrency.bigDiagnostics)}; hover answered first ${hoverFirst}/${hovers.length}`);
}

/** Peak memory of a process that only parses the largest input with markdown-it (median of 3 runs). */
function runMarkdownIt(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): void {
  const big = inputs.find((i) => i.name === ctx.largest);
  if (!big) return;
  const file = path.join(ctx.root, `${big.name}.arg.md`);
  fs.writeFileSync(file, big.text);
  const script = path.join(__dirname, 'markdown-it-peak.js');
  const runs: { ms: number; tokens: number; vmRSS: number; vmHWM: number }[] = [];
  for (let k = 0; k < 3; k++) {
    const child = spawnSync(process.execPath, [script, file], { encoding: 'utf8' });
    if (child.status !== 0) {
      results.notes.push(`markdown-it child failed: ${child.stderr.trim().slice(-300)}`);
      return;
    }
    runs.push(JSON.parse(child.stdout));
  }
  runs.sort((a, b) => a.vmHWM - b.vmHWM);
  results.markdownIt = { input: big.name, ...runs[1] };
  console.log(`\n== markdown-it alone on ${big.name}: peak ${formatBytes(runs[1].vmHWM)} (parse ${formatMs(runs[1].ms)})`);
}

// ---------------------------------------------------------------------------
// Targets and report

/** The largest p50 over edit kinds on `name`, as a ratio to its bare parse. */
function worstEditRatio(r: Results, name: string): number | undefined {
  const bare = r.model[name]?.bare?.median;
  const kinds = Object.values(r.server[name]?.edits?.byKind ?? {});
  if (!bare || !kinds.length) return undefined;
  return Math.max(...kinds.map((k) => k!.median)) / bare;
}

/** The worst of `f(server result, that shape's bare parse)` over the shapes of about 1 MB (full runs only). */
function worstShape(r: Results, f: (s: ServerResult, bare: number) => number): number | undefined {
  const values = r.inputs
    .filter((i) => i.shape && i.bytes >= 5e5 && r.server[i.name] && r.model[i.name]?.bare)
    .map((i) => f(r.server[i.name], r.model[i.name].bare!.median));
  return values.length ? Math.max(...values) : undefined;
}

function evaluateTargets(r: Results): Target[] {
  const server = (name: string) => r.server[name];
  const div = (a?: number, b?: number) => (a !== undefined && b ? a / b : undefined);
  const targets: Omit<Target, 'met'>[] = [
    {
      id: 'keystroke-1MB-p50',
      text: 'keystroke → diagnostics p50, 1 MB ≤ 0.01 × its bare parse',
      value: server('1MB')?.keystrokeP50Ratio,
      cpuValue: server('1MB')?.keystrokeP50RatioCpu,
      limit: 0.01,
      source: 'docs/bench.md',
    },
    {
      id: 'keystroke-1MB-p95',
      text: 'keystroke → diagnostics p95, 1 MB ≤ 0.03 × its bare parse',
      value: server('1MB')?.keystrokeP95Ratio,
      cpuValue: server('1MB')?.keystrokeP95RatioCpu,
      limit: 0.03,
      source: 'docs/bench.md',
    },
    {
      id: 'keystroke-5MB-vs-1MB',
      text: 'keystroke p50, 5 MB ≤ 3 × 1 MB',
      value: div(server('5MB')?.keystroke.median, server('1MB')?.keystroke.median),
      cpuValue: div(server('5MB')?.keystrokeCpu.median, server('1MB')?.keystrokeCpu.median),
      limit: 3,
      source: 'docs/bench.md',
    },
    {
      id: 'keystroke-5MB-vs-1MB-issue12',
      text: 'issue 12: keystroke p50, 5 MB ≤ 1.5 × 1 MB',
      value: div(server('5MB')?.keystroke.median, server('1MB')?.keystroke.median),
      cpuValue: div(server('5MB')?.keystrokeCpu.median, server('1MB')?.keystrokeCpu.median),
      limit: 1.5,
      source: 'issue 12',
    },
    {
      id: 'footnotes-analysis',
      text: '10,000 footnotes: argmap analysis ≥ 10 × faster than its bare parse (ratio ≤ 0.1)',
      value: r.model.footnotes?.ratio,
      cpuValue: r.model.footnotes?.ratioCpu,
      limit: 0.1,
      source: 'docs/bench.md',
    },
    {
      id: 'open-1MB',
      text: 'open → diagnostics, 1 MB ≤ 0.5 × its bare parse',
      value: server('1MB')?.openRatio,
      cpuValue: server('1MB')?.openRatioCpu,
      limit: 0.5,
      source: 'docs/bench.md',
    },
    {
      id: 'open-5MB-vs-1MB',
      text: 'open → diagnostics, 5 MB ≤ 5.5 × 1 MB',
      value: div(server('5MB')?.open.median, server('1MB')?.open.median),
      cpuValue: div(server('5MB')?.openCpu.median, server('1MB')?.openCpu.median),
      limit: 5.5,
      source: 'docs/bench.md',
    },
    {
      id: 'map-10k-layout-svg',
      text: 'map: layout + SVG of 10,000 nodes ≤ 50 ms',
      value: r.map?.timings.find((t) => t.nodes === 10_000)?.total.median,
      cpuValue: r.map?.timings.find((t) => t.nodes === 10_000)?.totalCpu.median,
      limit: 50,
      unit: 'ms',
      source: 'issue 14 (map.md: responsive at 10,000 nodes)',
    },
    {
      id: 'map-stability',
      text: 'map: untouched boxes moving > 5 px over 200 single edits of 1,000 nodes < 1% (value as a share)',
      value: r.map?.stability.share,
      limit: 0.01,
      strict: true,
      source: 'map.md (stability)',
    },
    {
      id: 'memory-5MB',
      text: "server peak memory with 5 MB open < markdown-it's whole-process peak",
      value: div(server('5MB')?.memoryWithFileOpen?.vmHWM, r.markdownIt?.input === '5MB' ? r.markdownIt.vmHWM : undefined),
      limit: 1,
      strict: true,
      source: 'docs/bench.md',
    },
    {
      id: 'memory-5MB-issue12',
      text: "issue 12: server peak memory with 5 MB open ≤ 2 × markdown-it's whole-process peak",
      value: div(server('5MB')?.memoryWithFileOpen?.vmHWM, r.markdownIt?.input === '5MB' ? r.markdownIt.vmHWM : undefined),
      limit: 2,
      source: 'issue 12',
    },
    {
      id: 'hover-1MB',
      text: 'hover on a claim, 1 MB file analysed: p50 ≤ 50 ms',
      value: server('1MB')?.hover?.median,
      limit: 50,
      unit: 'ms',
      source: 'spec editing.md, Performance',
    },
    {
      id: 'documentSymbol-1MB',
      text: 'outline (documentSymbol), 1 MB file analysed: p50 ≤ 50 ms',
      value: server('1MB')?.documentSymbol?.median,
      limit: 50,
      unit: 'ms',
      source: 'spec editing.md, Performance',
    },
    {
      id: 'requests-1MB',
      text: `every editing request, 1 MB file analysed: p50 ≤ 50 ms (the slowest counts${slowestRequest(server('1MB')?.requests)})`,
      value: maxMedian(server('1MB')?.requests),
      limit: 50,
      unit: 'ms',
      source: 'spec editing.md, Performance; issue 13',
    },
    {
      id: 'workspace-index-cold',
      text: `workspace of ${r.workspace?.files ?? 2000} files: cold index ≤ 1 × one bare parse of all its files`,
      value: r.workspace?.coldRatio,
      limit: 1,
      source: 'spec editing.md, Performance; issue 13',
    },
    {
      id: 'workspace-index-warm',
      text: 'workspace: warm start from the disk cache ≤ 0.05 × the cold index',
      value: r.workspace?.warmRatio,
      limit: 0.05,
      source: 'issue 13',
    },
    {
      id: 'workspace-references',
      text: 'workspace: references to an id every file links to, p50 ≤ 1 s',
      value: r.workspace?.references.median,
      limit: 1000,
      unit: 'ms',
      source: 'spec editing.md, Performance',
    },
    {
      id: 'workspace-rename',
      text: 'workspace: rename of an id every file links to, p50 ≤ 1 s',
      value: r.workspace?.rename.median,
      limit: 1000,
      unit: 'ms',
      source: 'spec editing.md, Performance',
    },
    {
      id: 'workspace-keystroke-indexing',
      text: 'workspace: keystroke p50 of an open document while indexing ≤ 1.1 × idle',
      value: r.workspace?.keystrokeRatio,
      limit: 1.1,
      source: 'issue 13',
    },
    {
      id: 'edits-1MB-p50',
      text: 'every realistic edit kind, p50, 1 MB ≤ 0.01 × its bare parse (the worst kind counts)',
      value: worstEditRatio(r, '1MB'),
      limit: 0.01,
      source: 'issue 12',
    },
    {
      id: 'shapes-keystroke-1MB',
      text: "keystroke p50 on every 1 MB shape ≤ 0.01 × the standard 1 MB file's bare parse (the worst shape counts)",
      value: worstShape(r, (s) => s.keystroke.median / (r.model['1MB']?.bare?.median ?? NaN)),
      limit: 0.01,
      source: 'issue 12',
    },
    {
      id: 'shapes-open-1MB',
      text: 'open → diagnostics on every 1 MB shape ≤ 0.2 × its own bare parse (the worst shape counts)',
      value: worstShape(r, (s, bare) => s.open.median / bare),
      limit: 0.2,
      source: 'issue 12',
    },
    ...worstTargets(r.worst),
  ];
  return targets.map((t) => ({ ...t, met: t.value === undefined || !Number.isFinite(t.value) ? null : t.strict ? t.value < t.limit : t.value <= t.limit }));
}

function report(r: Results): void {
  const rows: string[][] = [['input', 'bytes', 'bare parse', 'argmap analysis', 'argmap/bare', 'CPU: bare', 'argmap', 'ratio', 'nodes', 'diagnostics']];
  for (const inp of r.inputs) {
    const m = r.model[inp.name];
    if (!m) continue;
    rows.push([
      inp.name,
      formatBytes(inp.bytes),
      formatSummary(m.bare),
      formatSummary(m.argmap),
      formatRatio(m.ratio),
      formatMs(m.bareCpu?.median ?? NaN),
      formatMs(m.argmapCpu?.median ?? NaN),
      formatRatio(m.ratioCpu),
      String(m.analysis?.nodes ?? '—'),
      String(m.analysis?.diagnostics ?? '—'),
    ]);
  }
  if (rows.length > 1) console.log(`\nIn process (wall-clock medians, min–max; then CPU-time medians)\n${table(rows)}`);

  const ad: string[][] = [['input', 'Argdown bytes', 'Argdown parse+model', 'statements', 'arguments', 'relations', 'argmap analysis', 'argmap/Argdown', 'CPU ratio']];
  for (const [name, a] of Object.entries(r.argdown)) {
    const m = r.model[name];
    ad.push([
      name,
      formatBytes(a.bytes),
      formatSummary(a.parseAndModel),
      String(a.model.statements),
      String(a.model.arguments),
      String(a.model.relations),
      formatSummary(m?.argmap),
      formatRatio(m?.argmap ? m.argmap.median / a.parseAndModel.median : undefined),
      formatRatio(m?.argmapCpu ? m.argmapCpu.median / a.parseAndModelCpu.median : undefined),
    ]);
  }
  if (ad.length > 1) console.log(`\nArgdown (same shape)\n${table(ad)}`);

  const sv: string[][] = [['input', 'open → diagnostics', 'open/bare', 'keystroke p50', 'p95', 'p50/bare', 'p95/bare', 'CPU: open', 'keystroke p50', 'p95', 'diagnostics', 'server RSS after open', 'server peak, file open']];
  for (const [name, s] of Object.entries(r.server)) {
    sv.push([
      name,
      formatSummary(s.open),
      formatRatio(s.openRatio),
      formatMs(s.keystroke.median),
      formatMs(s.keystroke.p95),
      formatRatio(s.keystrokeP50Ratio),
      formatRatio(s.keystrokeP95Ratio),
      formatMs(s.openCpu.median),
      formatMs(s.keystrokeCpu.median),
      formatMs(s.keystrokeCpu.p95),
      String(s.diagnostics),
      formatBytes(s.memoryAfterOpen?.vmRSS ?? NaN),
      formatBytes(s.memoryWithFileOpen?.vmHWM ?? NaN),
    ]);
  }
  if (sv.length > 1) console.log(`\nLanguage server over stdio\n${table(sv)}`);

  const kp: string[][] = [['input', ...Object.keys(Object.values(r.server)[0]?.keystrokeByPlace ?? {})]];
  for (const [name, s] of Object.entries(r.server)) kp.push([name, ...kp[0].slice(1).map((p) => formatMs(s.keystrokeByPlace[p]?.median ?? NaN))]);
  if (kp.length > 1) console.log(`\nKeystroke p50 by place\n${table(kp)}`);

  const ed: string[][] = [['input', ...EDIT_KINDS, 'mix'].map(String)];
  for (const [name, s] of Object.entries(r.server)) {
    if (!s.edits) continue;
    const cell = (x?: Summary) => (x ? `${formatMs(x.median)} / ${formatMs(x.p95)} (n=${x.n})` : '—');
    ed.push([name, ...EDIT_KINDS.map((k) => cell(s.edits!.byKind[k])), cell(s.edits.mix)]);
  }
  if (ed.length > 1) console.log(`\nRealistic edits → diagnostics, p50 / p95 per step\n${table(ed)}`);

  const extra: string[][] = [['measure', 'value']];
  for (const [name, s] of Object.entries(r.server)) {
    if (s.hover) extra.push([`hover on a claim, ${name}`, formatSummary(s.hover)]);
    if (s.documentSymbol) extra.push([`documentSymbol, ${name} (${s.symbols} symbols)`, formatSummary(s.documentSymbol)]);
    for (const [request, t] of Object.entries(s.requests?.byRequest ?? {})) {
      extra.push([`${request}, ${name} (answer of ${s.requests?.answered[request]})`, formatSummary(t)]);
    }
    if (s.requests?.skipped.length) extra.push([`requests with no place in ${name}`, s.requests.skipped.join(', ')]);
    if (s.hover) {
      for (const [step, m] of Object.entries(s.memorySteps ?? {})) {
        if (m) extra.push([`server VmRSS / VmHWM, ${name}, ${step}`, `${formatBytes(m.vmRSS)} / ${formatBytes(m.vmHWM)}`]);
      }
    }
  }
  if (r.markdownIt) extra.push([`markdown-it alone on ${r.markdownIt.input}: VmHWM`, formatBytes(r.markdownIt.vmHWM)]);
  if (r.concurrency) {
    const c = r.concurrency;
    extra.push([`hover in a small document while ${c.input} is analysed`, formatSummary(c.hover)]);
    extra.push([`${c.input} open → diagnostics meanwhile`, formatSummary(c.bigDiagnostics)]);
    extra.push(['hover answered before the big diagnostics', `${c.hoverFirst}/${c.runs}`]);
  }
  if (r.workspace) {
    const w = r.workspace;
    extra.push([`workspace (${w.files} files, ${formatBytes(w.bytes)}): bare parse of all`, formatSummary(w.bare)]);
    extra.push(['workspace: cold index / warm start', `${formatSummary(w.cold)} / ${formatSummary(w.warm)}`]);
    extra.push(['workspace: references / rename p50', `${formatMs(w.references.median)} (${w.referencesFound}) / ${formatMs(w.rename.median)} (${w.renameFiles} files)`]);
    extra.push(['workspace: keystroke p50 while indexing / idle', `${formatMs(w.keystrokeIndexing.median)} / ${formatMs(w.keystrokeIdle.median)}`]);
  }
  if (extra.length > 1) console.log(`\n${table(extra)}`);

  console.log('\nTargets');
  for (const t of r.targets) {
    const mark = t.met === null ? 'not measured' : t.met ? 'met' : 'NOT MET';
    const cpu = t.cpuValue === undefined ? '' : `; in CPU time ${formatRatio(t.cpuValue)}`;
    const value = t.unit === 'ms' ? (v: number) => formatMs(v) : formatRatio;
    const limit = t.unit === 'ms' ? `${t.limit} ms` : `${t.limit}×`;
    console.log(`  [${mark}] ${t.text}: ${t.value === undefined ? '—' : `${value(t.value)} (limit ${t.strict ? '<' : '≤'} ${limit}${cpu})`}`);
  }
  for (const note of r.notes) console.log(`note: ${note}`);
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const started = performance.now();
  const options = parseOptions(process.argv.slice(2));
  const repo = path.resolve(__dirname, '..', '..');
  if (!(globalThis as { gc?: unknown }).gc) console.warn('note: run with node --expose-gc for steadier numbers');

  const { inputs, notes } = benchInputs({ sizes: options.sizes, footnotes: !options.quick, shapes: options.shapes, quick: options.quick, samplePath: path.join(repo, 'samples', 'greater-bay-area.arg.md') });
  const results: Results = {
    date: new Date().toISOString(),
    commit: gitCommit(repo),
    uncommitted: gitUncommitted(repo),
    dirty: gitUncommitted(repo) !== undefined,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    loadAverage: { start: os.loadavg()[0] },
    quick: options.quick,
    notes,
    inputs: inputs.map((i) => ({ name: i.name, bytes: i.bytes, lines: i.text.split('\n').length, argdownBytes: i.argdown ? Buffer.byteLength(i.argdown) : undefined, shape: i.shape })),
    model: {},
    argdown: {},
    server: {},
    targets: [],
    durationSeconds: 0,
  };
  console.log(table([['input', 'bytes', 'lines'], ...results.inputs.map((i) => [i.name, String(i.bytes), String(i.lines)])]));

  if (options.phases.has('model')) runModel(inputs, options, results);
  const anyNodes = Object.values(results.model).some((m) => (m.analysis?.nodes ?? 0) > 0);
  if (options.phases.has('model') && !anyNodes) results.notes.push('The argmap model found no nodes in any input: it is still a stub, so its timings mean nothing yet.');
  if (options.phases.has('argdown')) runArgdown(inputs, options, results);
  if (options.phases.has('map')) results.map = runMap(options.quick);

  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-'));
  try {
    const largest = [...inputs].filter((i) => !i.name.startsWith('footnotes') && !i.shape).sort((a, b) => b.bytes - a.bytes)[0]?.name ?? '';
    const ctx: ServerContext = {
      serverPath: path.join(repo, 'dist', 'server.js'),
      root,
      options,
      largest,
      hasOneMegabyte: inputs.some((i) => i.name === '1MB'),
      profileDir: options.cpuProf ? fs.mkdtempSync(path.join(os.tmpdir(), 'argmap-bench-profiles-')) : undefined,
    };
    if (ctx.profileDir) results.notes.push(`Server CPU profiles in ${ctx.profileDir}: timings of this run are slowed by profiling.`);
    const wantServer = options.phases.has('server') || options.phases.has('concurrency');
    let serverOk = wantServer;
    if (wantServer) {
      try {
        const probe = await LspSession.start({ serverPath: ctx.serverPath, root, initTimeoutMs: 10_000 });
        await probe.stop();
      } catch (e) {
        serverOk = false;
        results.notes.push(`The language server is not available (${(e as Error).message.split('\n')[0]}): server measurements skipped.`);
      }
    }
    if (serverOk && options.phases.has('server')) await runServer(inputs, ctx, results);
    if (serverOk && options.phases.has('concurrency')) await runConcurrency(inputs, ctx, results);
    if (options.phases.has('memory')) runMarkdownIt(inputs, ctx, results);
    if (options.phases.has('pool')) {
      console.log('\nparse workers: open → diagnostics and argmap check, with ARGMAP_WORKERS=0 and without');
      results.pool = await runPool({ quick: options.quick, sizes: options.sizes, dist: path.join(repo, 'dist') });
      console.log(poolTable(results.pool));
    }
    if (options.phases.has('worst')) {
      console.log("\n== issue 12's worst cases: each against a bare parse of as many bytes of the standard file");
      results.worst = await runWorst({ serverPath: ctx.serverPath, cliPath: path.join(repo, 'dist', 'cli.js'), quick: options.quick, only: options.worst, log: console.log });
      console.log(worstTable(results.worst));
    }
    if (options.phases.has('workspace')) {
      try {
        results.workspace = await runWorkspace(ctx.serverPath, options.quick);
      } catch (e) {
        results.notes.push(`The workspace phase failed: ${(e as Error).message.split('\n')[0]}`);
      }
    }
    if (options.phases.has('soak')) {
      console.log('\n== soak: 10,000 keystrokes across three open documents, heap after GC every 1,000');
      results.soak = await soak({ serverPath: ctx.serverPath, keys: options.quick ? 1000 : 10_000, every: options.quick ? 250 : 1000, log: console.log });
      console.log(`   heap after GC grew ${formatBytes(results.soak.growth)} over ${results.soak.keys} keystrokes (slope ${formatBytes(results.soak.slopePer1000)} per 1,000)`);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }

  results.targets = evaluateTargets(results);
  results.loadAverage.end = os.loadavg()[0];
  if (Math.max(results.loadAverage.start, results.loadAverage.end) > results.cpus) {
    results.notes.push(`The machine was busy (load average ${results.loadAverage.start.toFixed(1)} → ${results.loadAverage.end.toFixed(1)} on ${results.cpus} cores): expect noise.`);
  }
  results.durationSeconds = Math.round((performance.now() - started) / 1000);
  report(results);

  const out = options.out ?? path.join(repo, 'bench', 'results', options.quick ? 'quick.tmp.json' : 'latest.json');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nwrote ${path.relative(process.cwd(), out)} (${results.durationSeconds} s)`);
}

function gitUncommitted(repo: string): string[] | undefined {
  try {
    const out = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: repo, encoding: 'utf8' });
    const files = out.split('\n').filter(Boolean).map((l) => l.slice(3));
    return files.length ? files : undefined;
  } catch {
    return undefined;
  }
}

function gitCommit(repo: string): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo, encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
