// The benchmark: every measurement side by side in one run, a table, the targets
// met or not, and bench/results/latest.json. See docs/bench.md.
//
//   npm run bench                      the whole run (~20–25 minutes on 2 quiet cores)
//   npm run bench -- --quick           10 KB, 100 KB, 1 MB and small shapes, fewer runs (~3–5 minutes)
//   node --expose-gc out/bench/run.js --only=model,argdown --sizes=1MB
//   node --expose-gc out/bench/run.js --cpu-prof   (profiles the server; numbers then run slow)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchInputs } from './generate';
import { runMap } from './map';
import { runArgdown, runConcurrency, runMarkdownIt, runModel, runServer } from './phases';
import { poolTable, runPool } from './pool';
import { report } from './report';
import type { Results } from './results';
import { parseOptions } from './runOptions';
import { LspSession } from './server';
import type { ServerContext } from './serverSession';
import { soak } from './soak';
import { formatBytes, table } from './stats';
import { evaluateTargets } from './targets';
import { runWorkspace } from './workspace';
import { runWorst, worstTable } from './worst';

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