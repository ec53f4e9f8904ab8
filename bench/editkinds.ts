// The realistic edit kinds (edits.ts) in the model alone, in process: each step's
// incremental parse and the analysis after it, with how much text the parse gave remark
// again. Finds where an edit kind's time goes without the server's round trip.
// Run after `node esbuild.mjs --bench`:
//   node --expose-gc out/bench/editkinds.js [--bytes=1000000] [--places=12] [--shape=nested] [--kinds=fence,paste] [--profile=FILE.cpuprofile]
// `--profile` writes a CPU profile of the edits' parses and analyses (the open is left out).
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { performance } from 'node:perf_hooks';
import { analysisSteps, analyze, definitionsChecked, graphBuildCounts, parseDocument, type AnalysisPhase, type ParsedDocument } from '../server/src/model';
import { applyChange, EDIT_KINDS, planEdit, type Change } from './edits';
import { generateArgumentMarkdown, SHAPES } from './generate';
import { numberOption, runScript } from './script';
import { formatMs, summarize } from './stats';

const PHASES: readonly AnalysisPhase[] = ['graph', 'status', 'figures', 'edges', 'diagnose'];

/** The edit kinds, and a letter typed for comparison (the server bench's keystroke). */
const KINDS = ['letter', ...EDIT_KINDS] as const;

/** A letter typed after the first letter of the first line at or after `fraction` that has one. */
function letter(lines: readonly string[], fraction: number): Change[] | undefined {
  for (let i = Math.floor(lines.length * fraction); i < lines.length; i++) {
    const c = lines[i].search(/[a-z]/);
    if (c >= 0) return [{ range: { start: { line: i, character: c + 1 }, end: { line: i, character: c + 1 } }, text: 'e' }];
  }
  return undefined;
}

function textOption(name: string): string | undefined {
  return process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** UTF-16 offset of a position in `lines` (joined by \n). */
function offsetOf(lines: readonly string[], line: number, character: number): number {
  let at = 0;
  for (let i = 0; i < line; i++) at += lines[i].length + 1;
  return at + character;
}

async function main(): Promise<void> {
  const bytes = numberOption('bytes', 1_000_000);
  const count = numberOption('places', 12);
  const shape = SHAPES.find((s) => s.name === textOption('shape'));
  const kinds = textOption('kinds')?.split(',') ?? ['letter', ...EDIT_KINDS];
  const text = shape ? shape.make(bytes, 1) : generateArgumentMarkdown(bytes, 1);
  const profileTo = textOption('profile');
  const inspector = profileTo ? new Session() : undefined;
  if (inspector) {
    inspector.connect();
    await inspector.post('Profiler.enable');
  }
  const profiles: Profile[] = [];
  for (const kind of KINDS.filter((k) => kinds.includes(k))) {
    const lines = text.split('\n');
    let doc: ParsedDocument = parseDocument(text);
    analyze(doc, { path: 'bench.arg.md' });
    const parse: number[] = [];
    const total: number[] = [];
    const reparsed: number[] = [];
    /** Parse times by step of the edit (the fence: opened, closed). */
    const perStep: number[][] = [];
    /** The graph step's CPU time and chunks walked by step of the edit. */
    const cpuStep: number[][] = [];
    const walkedStep: number[][] = [];
    const phases: number[][] = [];
    /** The graph step's CPU time (user + system): less noisy than wall time on a shared machine. */
    const graphCpu: number[] = [];
    /** The parse's CPU time (user + system), as above. */
    const parseCpu: number[] = [];
    /** Chunks the definitions pass looked at, per step. */
    const defsChecked: number[] = [];
    /** Chunks the graph walked (not copied from their memo), per step. */
    const walked: number[] = [];
    for (let p = 0; p < count; p++) {
      const fraction = 0.05 + (0.9 * p) / count;
      const steps: Change[] | undefined = kind === 'letter' ? letter(lines, fraction) : planEdit(kind, lines, fraction);
      if (!steps) continue;
      let stepIndex = 0;
      for (const c of steps) {
        const start = offsetOf(lines, c.range.start.line, c.range.start.character);
        const end = offsetOf(lines, c.range.end.line, c.range.end.character);
        applyChange(lines, c);
        const next = lines.join('\n');
        const before = new Set(doc.chunks.map((ch) => ch.result));
        if (inspector) await inspector.post('Profiler.start');
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        doc = parseDocument(next, doc, [{ start, end, text: c.text }]);
        const chunks = doc.chunks;
        const t1 = performance.now();
        const parseUsed = process.cpuUsage(cpu0);
        parseCpu.push((parseUsed.user + parseUsed.system) / 1000);
        defsChecked.push(definitionsChecked(chunks) ?? chunks.length);
        // The analysis by phase, as keystroke.ts times it: which phase an edit kind makes dearer.
        const steps = analysisSteps(doc, { path: 'bench.arg.md' });
        let ts = t1;
        const byPhase = new Map<AnalysisPhase, number>();
        // Read at each graph yield only (a few per build): reading it at every slice costs milliseconds.
        const cpu = process.cpuUsage();
        let cpuGraph = 0;
        for (;;) {
          const step = steps.next();
          const now = performance.now();
          const phase = step.done ? 'diagnose' : step.value;
          if (phase === 'graph') {
            const used = process.cpuUsage(cpu);
            cpuGraph = (used.user + used.system) / 1000;
          }
          byPhase.set(phase, (byPhase.get(phase) ?? 0) + now - ts);
          ts = now;
          if (step.done) {
            walked.push(graphBuildCounts(step.value.nodes)?.walked ?? 0);
            break;
          }
        }
        const t2 = performance.now();
        if (inspector) profiles.push((await inspector.post('Profiler.stop')).profile);
        PHASES.forEach((ph, i) => (phases[i] ??= []).push(byPhase.get(ph) ?? 0));
        parse.push(t1 - t0);
        graphCpu.push(cpuGraph);
        total.push(t2 - t0);
        // The inside of a fence is made without remark: not counted.
        reparsed.push(chunks.filter((ch) => !ch.inCode && !before.has(ch.result)).reduce((n, ch) => n + ch.text.length, 0));
        (cpuStep[stepIndex] ??= []).push(cpuGraph);
        (walkedStep[stepIndex] ??= []).push(walked[walked.length - 1]);
        (perStep[stepIndex++] ??= []).push(t1 - t0);
      }
    }
    const s = (xs: number[]) => {
      const r = summarize(xs);
      return `p50 ${formatMs(r.median)} p95 ${formatMs(r.p95)} max ${formatMs(r.max)}`;
    };
    const kb = summarize(reparsed.map((x) => x / 1000));
    console.log(`${kind.padEnd(18)} parse ${s(parse)} | total ${s(total)} | re-parsed KB p50 ${kb.median.toFixed(1)} max ${kb.max.toFixed(1)} (n=${parse.length})`);
    console.log(`  analysis by phase p50: ${PHASES.map((ph, i) => `${ph} ${formatMs(summarize(phases[i] ?? [0]).median)}`).join(', ')}`);
    console.log(`  chunks walked p50 ${summarize(walked).median} max ${summarize(walked).max} of ${doc.chunks.length}; definitions pass over p50 ${summarize(defsChecked).median} chunks`);
    const mean = (xs: number[]) => formatMs(xs.reduce((a, b) => a + b, 0) / xs.length);
    console.log(`  graph step CPU p50 ${formatMs(summarize(graphCpu).median)} mean ${mean(graphCpu)} | parse CPU p50 ${formatMs(summarize(parseCpu).median)} mean ${mean(parseCpu)}`);
    if (perStep.length > 1) {
      perStep.forEach((xs, i) => {
        const cpuP50 = formatMs(summarize(cpuStep[i]).median);
        console.log(`  step ${i + 1} parse ${s(xs)} | graph CPU p50 ${cpuP50} | chunks walked p50 ${summarize(walkedStep[i]).median}`);
      });
    }
  }
  if (inspector && profileTo) {
    fs.writeFileSync(profileTo, JSON.stringify(merged(profiles)));
    console.log(`profile of the edits: ${profileTo}`);
  }
}

type Profile = { nodes: { id: number }[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number };

/** The parses' profiles as one: the nodes of all (ids made unique), their samples in turn. */
function merged(profiles: readonly Profile[]): Profile {
  const out: Profile = { nodes: [], samples: [], timeDeltas: [], startTime: 0, endTime: 0 };
  let base = 0;
  for (const p of profiles) {
    const shift = (id: number) => id + base;
    for (const n of p.nodes) {
      const node = n as { id: number; children?: number[] };
      out.nodes.push({ ...node, id: shift(node.id), ...(node.children ? { children: node.children.map(shift) } : {}) });
    }
    out.samples!.push(...(p.samples ?? []).map(shift));
    out.timeDeltas!.push(...(p.timeDeltas ?? []));
    out.endTime += p.endTime - p.startTime;
    base = Math.max(base, ...out.nodes.map((n) => n.id)) + 1;
  }
  return out;
}

runScript(main);
