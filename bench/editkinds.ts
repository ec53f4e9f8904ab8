// The realistic edit kinds (edits.ts) in the model alone, in process: each step's
// incremental parse and the analysis after it, with how much text the parse gave remark
// again. Finds where an edit kind's time goes without the server's round trip.
// Run after `node esbuild.mjs --bench`:
//   node --expose-gc out/bench/editkinds.js [--bytes=1000000] [--places=12] [--shape=nested] [--kinds=fence,paste]
import { performance } from 'node:perf_hooks';
import { analyze, parseDocument, type ParsedDocument } from '../server/src/model';
import { applyChange, EDIT_KINDS, planEdit, type Change } from './edits';
import { generateArgumentMarkdown, SHAPES } from './generate';
import { numberOption, runScript } from './script';
import { formatMs, summarize } from './stats';

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
  const kinds = textOption('kinds')?.split(',') ?? [...EDIT_KINDS];
  const text = shape ? shape.make(bytes, 1) : generateArgumentMarkdown(bytes, 1);
  for (const kind of EDIT_KINDS.filter((k) => kinds.includes(k))) {
    const lines = text.split('\n');
    let doc: ParsedDocument = parseDocument(text);
    analyze(doc, { path: 'bench.arg.md' });
    const parse: number[] = [];
    const total: number[] = [];
    const reparsed: number[] = [];
    /** Parse times by step of the edit (the fence: opened, closed). */
    const perStep: number[][] = [];
    for (let p = 0; p < count; p++) {
      const steps: Change[] | undefined = planEdit(kind, lines, 0.05 + (0.9 * p) / count);
      if (!steps) continue;
      let stepIndex = 0;
      for (const c of steps) {
        const start = offsetOf(lines, c.range.start.line, c.range.start.character);
        const end = offsetOf(lines, c.range.end.line, c.range.end.character);
        applyChange(lines, c);
        const next = lines.join('\n');
        const before = new Set(doc.chunks.map((ch) => ch.result));
        const t0 = performance.now();
        doc = parseDocument(next, doc, [{ start, end, text: c.text }]);
        const chunks = doc.chunks;
        const t1 = performance.now();
        analyze(doc, { path: 'bench.arg.md' });
        const t2 = performance.now();
        parse.push(t1 - t0);
        total.push(t2 - t0);
        // The inside of a fence is made without remark: not counted.
        reparsed.push(chunks.filter((ch) => !ch.inCode && !before.has(ch.result)).reduce((n, ch) => n + ch.text.length, 0));
        (perStep[stepIndex++] ??= []).push(t1 - t0);
      }
    }
    const s = (xs: number[]) => {
      const r = summarize(xs);
      return `p50 ${formatMs(r.median)} p95 ${formatMs(r.p95)} max ${formatMs(r.max)}`;
    };
    const kb = summarize(reparsed.map((x) => x / 1000));
    console.log(`${kind.padEnd(18)} parse ${s(parse)} | total ${s(total)} | re-parsed KB p50 ${kb.median.toFixed(1)} max ${kb.max.toFixed(1)} (n=${parse.length})`);
    if (perStep.length > 1) perStep.forEach((xs, i) => console.log(`  step ${i + 1} parse ${s(xs)}`));
  }
}

runScript(main);
