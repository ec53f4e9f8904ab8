// A keystroke's cost in the model alone, in process: a generated file is parsed and
// analysed once, then a letter is typed at places spread over it, each followed by the
// incremental parse and the analysis the server runs. Prints the medians of each step.
// Run after `node esbuild.mjs --bench`:
//   node out/bench/keystroke.js [--bytes=5000000] [--keys=30] [--shape=chains] [--profile=FILE.cpuprofile]
// `--profile` writes a CPU profile of the keystrokes alone (the open is left out).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { analysisSteps, analyze, parseDocument, type Analysis, type AnalysisPhase, type ParsedDocument } from '../server/src/model';
import { generateArgumentMarkdown, SHAPES } from './generate';
import { numberOption, runScript } from './script';
import { formatMs, summarize } from './stats';

const PHASES: readonly AnalysisPhase[] = ['graph', 'status', 'figures', 'edges', 'diagnose'];

function textOption(name: string): string | undefined {
  const found = process.argv.find((a) => a.startsWith(`--${name}=`));
  return found?.slice(name.length + 3);
}

/** Offsets inside words, spread over the text (skipping the first and last 5%). */
function places(text: string, count: number): number[] {
  const out: number[] = [];
  for (let k = 0; k < count; k++) {
    let at = Math.floor(text.length * (0.05 + (0.9 * k) / count));
    while (at < text.length && !/[a-z]/.test(text[at])) at++;
    out.push(at);
  }
  return out;
}

async function main(): Promise<void> {
  const bytes = numberOption('bytes', 5_000_000);
  const keys = numberOption('keys', 30);
  const shapeName = textOption('shape');
  const shape = SHAPES.find((s) => s.name === shapeName);
  let text = shape ? shape.make(bytes, 1) : generateArgumentMarkdown(bytes, 1);
  const path = 'bench.arg.md';
  let t = performance.now();
  let doc: ParsedDocument = parseDocument(text);
  let analysis: Analysis = analyze(doc, { path });
  console.log(`open ${(text.length / 1e6).toFixed(2)} M chars: ${formatMs(performance.now() - t)}, ${analysis.nodes.length} nodes, ${analysis.diagnostics.length} diagnostics`);
  const parseTimes: number[] = [];
  const analyzeTimes: number[] = [];
  const totals: number[] = [];
  // CPU time of the analysis too: on a machine shared with other work, wall time varies with the load.
  const analyzeCpu: number[] = [];
  const stepTimes: number[][] = [];
  // The longest single step of each keystroke's analysis: the longest the server holds its event loop in it.
  const stretches: number[] = [];
  const longestSteps: number[][] = [];
  let stepCount = 0;
  const at = places(text, keys);
  const profileTo = textOption('profile');
  const inspector = profileTo ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
    await inspector.post('Profiler.start');
  }
  for (let k = 0; k < keys * 2; k++) {
    const offset = at[k % keys] + (k >= keys ? 1 : 0);
    const next = text.slice(0, offset) + 'e' + text.slice(offset);
    t = performance.now();
    doc = parseDocument(next, doc, [{ start: offset, end: offset, text: 'e' }]);
    void doc.chunks;
    const t1 = performance.now();
    const cpu = process.cpuUsage();
    // The analysis's own steps, each timed, summed by phase (graph, status, figures, edges, diagnose).
    const steps = analysisSteps(doc, { path });
    const times: number[] = [];
    const byPhase = new Map<AnalysisPhase, number>();
    const longest = new Map<AnalysisPhase, number>();
    let ts = t1;
    for (;;) {
      const step = steps.next();
      const now = performance.now();
      times.push(now - ts);
      // The last piece (to the result) belongs to the diagnostics.
      const phase = step.done ? 'diagnose' : step.value;
      byPhase.set(phase, (byPhase.get(phase) ?? 0) + now - ts);
      longest.set(phase, Math.max(longest.get(phase) ?? 0, now - ts));
      ts = now;
      if (step.done) {
        analysis = step.value;
        break;
      }
    }
    if (k >= keys / 2) {
      PHASES.forEach((p, s) => (stepTimes[s] ??= []).push(byPhase.get(p) ?? 0));
      PHASES.forEach((p, s) => (longestSteps[s] ??= []).push(longest.get(p) ?? 0));
    }
    const t2 = performance.now();
    if (k >= keys / 2) stretches.push(Math.max(...times));
    stepCount = times.length;
    const used = process.cpuUsage(cpu);
    text = next;
    if (k < keys / 2) continue; // warm-up
    parseTimes.push(t1 - t);
    analyzeTimes.push(t2 - t1);
    analyzeCpu.push((used.user + used.system) / 1000);
    totals.push(t2 - t);
  }
  if (inspector && profileTo) {
    const { profile } = await inspector.post('Profiler.stop');
    fs.writeFileSync(profileTo, JSON.stringify(profile));
  }
  const line = (what: string, xs: number[]) => {
    const s = summarize(xs);
    console.log(`${what.padEnd(12)} p50 ${formatMs(s.median)}  p95 ${formatMs(s.p95)}  max ${formatMs(s.max)}  (n=${s.n})`);
  };
  line('parse', parseTimes);
  line('analyze', analyzeTimes);
  line('analyze cpu', analyzeCpu);
  stepTimes.forEach((xs, s) => line(`  ${PHASES[s]}`, xs));
  line('max stretch', stretches);
  longestSteps.forEach((xs, s) => line(`  ${PHASES[s]}`, xs));
  console.log(`steps per analysis: ${stepCount}`);
  line('total', totals);
  console.log(`${analysis.nodes.length} nodes, ${analysis.diagnostics.length} diagnostics`);
}

runScript(main);
