// Figure keys across edits (issue 12, Enter at 1 MB): a line typed above figures moves them
// (each is placed anew, with its range shifted), but a figure's keys depend only on its kind,
// value and unit, so the figure walk works none of them out again, and the findings stay those
// of a fresh analysis (editing.md, "Figures across claims and evidence"). The key tables stay
// bounded however many different figures a session sees (docs/architecture-model.md, "Graph → analysis").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analyze,
  analyzeText,
  drain,
  figureKeyWork as keyWork,
  MIN_FIGURE_KEYS as MIN_KEYS,
  parseDocument,
  SupportGraph,
  type Analysis,
  type ArgNode,
  type Figure,
  type GlobalEdge,
  type ReachedNode,
} from '../../server/src/model';
import { joinLines } from './helpers';

const path = 'keys.arg.md';
const CURSOR = '‸';
const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/**
 * `n` sections, each a claim stating a count, cited evidence stating the same count, and cited
 * evidence stating a different count of firms and a percent; `first` numbers the first section
 * (so two calls give figures of different values). The cursor ends the intro line.
 */
function sections(n: number, first = 1): string {
  const out = ['# Figures', '', `Intro text that an Enter splits${CURSOR}`, ''];
  // Thousands grouped as written in English (`12,000,500`: `12000,500` is no figure).
  const n500 = (i: number): string => (i * 1000 + 500).toLocaleString('en-US');
  const n200 = (i: number): string => (i * 1000 + 200).toLocaleString('en-US');
  for (let i = first; i < first + n; i++) {
    out.push(
      `## Claim: Qianhai hosts ${n500(i)} companies`,
      '',
      `- Evidence: the register lists ${n500(i)} companies[^s]`,
      `- Evidence: a survey counts ${n200(i)} firms and ${i}% of GDP[^s]`,
      '',
    );
  }
  out.push('[^s]: A source.');
  return joinLines(...out);
}

/** Each claim's figure findings: `line: figure → state` (the claims' own lines, 0-based). */
function findings(a: Analysis): string[] {
  const out: string[] = [];
  for (const [claim, figures] of a.claimFigures ?? []) for (const f of figures) out.push(`${a.nodes[claim].range.start.line}: ${f.figure.text} → ${f.state}`);
  return out.sort();
}

describe('figure keys across edits', () => {
  it('an Enter above 40 sections works out no figure key again, and the findings are a fresh analysis’s', () => {
    const marked = sections(40);
    const at = marked.indexOf(CURSOR);
    const text = marked.replace(CURSOR, '');
    const doc = parseDocument(text);
    const first = keyWork.computed;
    const before = analyze(doc, { path });
    // The walk keys figures through the tables: the first analysis works them out (this test runs
    // first in its file, so no value is known yet: 1,500 … 40,500, 1,200 … 40,200, 1% … 40%).
    assert.ok(keyWork.computed - first >= 120, 'the first analysis worked out the keys');
    // Every claim's count is stated by the evidence giving the same count (spec: stated).
    assert.equal(findings(before).filter((f) => f.endsWith('→ stated')).length, 40);
    assert.ok(findings(before).includes('4: 1,500 companies → stated'));

    const next = `${text.slice(0, at)}\n${text.slice(at)}`;
    const computed = keyWork.computed;
    const after = analyze(parseDocument(next, doc, [{ start: at, end: at, text: '\n' }]), { path });
    assert.equal(keyWork.computed - computed, 0, 'no figure key worked out again after the figures moved a line down');

    // Every claim moved one line down: the first on line 5 now, the last on 5 + 39 × 5.
    assert.ok(findings(after).includes('5: 1,500 companies → stated'));
    assert.ok(findings(after).includes('200: 40,500 companies → stated'));
    assert.deepEqual(findings(after), findings(analyzeText(next, { path })));
  });

  it('a figure whose value changes gets its new key worked out, and the findings follow it', () => {
    const text = sections(3).replace(CURSOR, '');
    const doc = parseDocument(text);
    analyze(doc, { path });
    // The second claim now says 2,600 companies: no evidence states it, and the evidence of its
    // own section counts 2,500 companies (spec: a mismatch lists the same-unit figures below).
    const at = text.indexOf('hosts 2,500') + 'hosts 2,'.length;
    const next = `${text.slice(0, at)}6${text.slice(at + 1)}`;
    const computed = keyWork.computed;
    const after = analyze(parseDocument(next, doc, [{ start: at, end: at + 1, text: '6' }]), { path });
    assert.ok(keyWork.computed - computed >= 1, 'the new value’s key is worked out');
    assert.ok(findings(after).includes('9: 2,600 companies → mismatch'));
    assert.deepEqual(findings(after), findings(analyzeText(next, { path })));
  });

  it('keeps a large document’s keys while two small documents are analysed in between', () => {
    // 1,500 sections: 4,500 keys of values (three per section) and a few of units, more than
    // MIN_KEYS, so a walk of a small document after them starts a new table; the large
    // document's keys must survive in the older one.
    const large = sections(1500, 5001).replace(CURSOR, '');
    const doc = parseDocument(large);
    analyze(doc, { path });
    for (const first of [1, 101]) analyze(parseDocument(sections(20, first).replace(CURSOR, '')), { path: `small${first}.arg.md` });
    const at = large.indexOf('Intro text') + 'Intro text'.length;
    const next = `${large.slice(0, at)}\n${large.slice(at)}`;
    const computed = keyWork.computed;
    analyze(parseDocument(next, doc, [{ start: at, end: at, text: '\n' }]), { path });
    assert.equal(keyWork.computed - computed, 0, 'the large document’s figure keys were kept');
  });

  it('holds a bounded number of keys over a session of walks that each meet new figures', () => {
    // 40 walks (the figure walk alone, on graphs of 600 claims each supported by cited evidence
    // stating the same count), every value new: 600 keys of values each, 24,000 over the
    // session. The tables keep those of the last walks only: at most twice the newer table's
    // limit (the larger of MIN_KEYS and one walk's lookups, a few per figure).
    let most = 0;
    for (let w = 0; w < 40; w++) {
      const nodes: ReachedNode[] = [];
      const edges: GlobalEdge[] = [];
      for (let i = 0; i < 600; i++) {
        const figure: Figure = { text: 'n companies', value: 1_000_000 * (w + 1) + i, kind: 'count', unit: 'companies', range: RANGE };
        const node = (index: number, kind: string, cited: boolean) =>
          ({ file: 0, node: { index, kind, figures: [figure], bodyFigures: [], citations: cited ? [{ kind: 'url', url: 'https://example.org' }] : [] } as unknown as ArgNode });
        nodes.push(node(2 * i, 'claim', false), node(2 * i + 1, 'evidence', true));
        edges.push({ from: 2 * i + 1, to: 2 * i, relation: 'supports' });
      }
      const claims = nodes.flatMap((_, i) => (i % 2 ? [] : [i]));
      const found = drain(SupportGraph.build(nodes, edges)).figureFindings(claims);
      assert.equal(found.get(0)?.[0].state, 'stated');
      most = Math.max(most, keyWork.held());
    }
    assert.ok(most <= 4 * MIN_KEYS, `the tables held ${most} keys`);
  });
});
