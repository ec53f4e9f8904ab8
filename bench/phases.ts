// The run's phases that are not a module of their own: the model against a bare parse,
// Argdown, the server sessions, a hover while a big file is analysed, markdown-it's peak.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { argdownApp, argdownParseAndModel, describeArgdown } from './argdown';
import { generateArgumentMarkdown, type BenchInput } from './generate';
import { argmapAnalyze, bareParse, describeAnalysis } from './model';
import type { ModelResult, Results } from './results';
import type { Options } from './runOptions';
import { delay, hoverPlace } from './server';
import { profiles, serverSession, startServer, type ServerContext } from './serverSession';
import { collectGarbage, formatBytes, formatMs, formatRatio, formatSummary, repeat, summarize, type RepeatOptions } from './stats';

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

export function runModel(inputs: readonly BenchInput[], options: Options, results: Results): void {
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

export function runArgdown(inputs: readonly BenchInput[], options: Options, results: Results): void {
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

export async function runServer(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): Promise<void> {
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
export async function runConcurrency(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): Promise<void> {
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
export function runMarkdownIt(inputs: readonly BenchInput[], ctx: ServerContext, results: Results): void {
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
