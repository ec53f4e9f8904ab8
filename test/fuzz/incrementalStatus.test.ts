// Incremental status and diagnostics equal a fresh analysis (issue 12): documents of claims
// that support each other through references, under random edits that keep the node count
// (so the previous support graph is taken on: shared, or redone over the edit's reach) —
// a label changed, a source added or removed, a reference retargeted, a letter typed, a
// figure changed (so figure findings are walked again over the edit's reach alone, figuresReuse.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeText, diagnosticsSortedAfresh, figuresWalked, parseDocument, statusRecomputed } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from './compare';
import { check, runs } from './config';

const LABELS = ['Evidence', 'Claim', 'Reason', 'Challenge'];

/** An item under section `s`: a label, a target section for a reference or none, a source or none, a nesting, a percentage. */
interface Item {
  label: number;
  figure: number;
  target: number | null;
  sourced: boolean;
  nested: boolean;
}

interface Edit {
  line: number;
  what: 'label' | 'source' | 'target' | 'letter' | 'figure';
  value: number;
}

interface Case {
  sections: Item[][];
  edits: Edit[];
  chunking: { min: number; max: number };
}

const item: fc.Arbitrary<Item> = fc.record({
  label: fc.nat(LABELS.length - 1),
  figure: fc.nat(3),
  target: fc.option(fc.nat(7)),
  sourced: fc.boolean(),
  nested: fc.boolean(),
});

const edit: fc.Arbitrary<Edit> = fc.record({
  line: fc.nat(60),
  what: fc.constantFrom<Edit['what']>('label', 'source', 'target', 'letter', 'figure'),
  value: fc.nat(7),
});

const arb: fc.Arbitrary<Case> = fc.record({
  sections: fc.array(fc.array(item, { maxLength: 4 }), { minLength: 1, maxLength: 8 }),
  edits: fc.array(edit, { minLength: 1, maxLength: 8 }),
  chunking: fc.constantFrom({ min: 0, max: 0 }, { min: 16, max: 64 }),
});

/** The document's lines: sections `## Claim: c<s> {#c<s>}`, each with its items. */
function lines(c: Case): string[] {
  const out: string[] = [];
  c.sections.forEach((items, s) => {
    // Claims and items state percentages, so that figure findings follow the edits too.
    out.push(`## Claim: claim ${s} is ${s % 4}%. {#c${s}}`, '');
    items.forEach((it, k) => {
      const text = it.target !== null && LABELS[it.label] !== 'Evidence' ? `[see](#c${it.target % c.sections.length})` : `item ${s} ${k} is ${it.figure}%.${it.sourced ? '[^1]' : ''}`;
      out.push(`${it.nested && k > 0 ? '  ' : ''}- ${LABELS[it.label]}: ${text}`);
    });
    out.push('');
  });
  out.push('[^1]: A source.', '');
  return out;
}

/** The edit on one item line as a text change (start, end, replacement), or none when the line is not an item. */
function change(text: string, e: Edit, sections: number): { start: number; end: number; text: string } | undefined {
  const all = text.split('\n');
  const items = all.map((l, i) => [l, i] as const).filter(([l]) => /^ *- /.test(l));
  if (!items.length) return undefined;
  const [line, n] = items[e.line % items.length];
  const lineStart = all.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
  const at = (needle: RegExp): { start: number; end: number } | undefined => {
    const m = needle.exec(line);
    return m ? { start: lineStart + m.index, end: lineStart + m.index + m[0].length } : undefined;
  };
  if (e.what === 'label') {
    const r = at(/[A-Z][a-z]+(?=:)/);
    return r && { ...r, text: LABELS[e.value % LABELS.length] };
  }
  if (e.what === 'source') {
    const r = at(/\[\^1\]/);
    if (r) return { ...r, text: '' };
    const end = lineStart + line.length;
    return line.includes('](#') ? undefined : { start: end, end, text: '[^1]' };
  }
  if (e.what === 'target') {
    const r = at(/#c\d+/);
    // Past the last section: a reference that breaks.
    return r && { ...r, text: `#c${e.value % (sections + 1)}` };
  }
  if (e.what === 'figure') {
    const r = at(/\d+(?=%)/);
    return r && { ...r, text: String(e.value % 4) };
  }
  const end = lineStart + line.length;
  return line.includes('](#') ? undefined : { start: end, end, text: 'x' };
}

/** Whether an incremental analysis took the previous support graph on (shared or redone over a reach). */
let tookOn = 0;
let redone = 0;
/** Whether the figure findings were walked again for some claims only (the rest kept), and for none. */
let figuresPart = 0;
let figuresNone = 0;
/** Whether the sorted diagnostics were patched from the last list rather than sorted again. */
let patched = 0;
/** Whether the last analysis's edges list was taken as it was. */
let edgesKept = 0;

function replay(c: Case): void {
  withChunking(c.chunking, () => {
    let text = lines(c).join('\n');
    let doc = parseDocument(text);
    let last = analyze(doc, { path: 'status.arg.md' });
    for (const e of c.edits) {
      const ch = change(text, e, c.sections.length);
      if (!ch) continue;
      text = text.slice(0, ch.start) + ch.text + text.slice(ch.end);
      doc = parseDocument(text, doc, [ch]);
      const incremental = analyze(doc, { path: 'status.arg.md' });
      const work = statusRecomputed(incremental);
      if (work !== 'all') tookOn++;
      if (Array.isArray(work) && work.length) redone++;
      const walked = figuresWalked(incremental);
      if (Array.isArray(walked) && walked.length === 0) figuresNone++;
      if (Array.isArray(walked) && walked.length > 0 && walked.length < (incremental.claimFigures?.size ?? 0)) figuresPart++;
      if (diagnosticsSortedAfresh(incremental) === false) patched++;
      if (incremental.edges === last.edges) edgesKept++;
      last = incremental;
      assertSameAnalysis(incremental, analyzeText(text, { path: 'status.arg.md' }), `after ${JSON.stringify(ch)}`);
    }
  });
}

describe('fuzz: incremental status equals a fresh analysis', () => {
  it(`for reference chains under relation edits (${runs(300)} sessions)`, () => {
    check('incremental status', arb, replay, 300);
    // The property is only about the incremental paths if they are taken: most edits keep the node count.
    assert.ok(tookOn > runs(300), `previous support graph taken on ${tookOn} times`);
    assert.ok(redone > runs(100), `redone over a reach ${redone} times`);
    assert.ok(figuresPart > runs(100), `figures walked again for some claims only ${figuresPart} times`);
    assert.ok(figuresNone > runs(30), `figures walked again for no claim ${figuresNone} times`);
    assert.ok(patched > runs(100), `sorted diagnostics patched ${patched} times`);
    assert.ok(edgesKept > runs(100), `edges list kept ${edgesKept} times`);
  });
});
