// Figure keys across edits (issue 12, Enter at 1 MB): a line typed above figures moves them
// (each is placed anew, with its range shifted), but their keys depend only on kind, value and
// unit, so the figure walk works none of them out again; and the findings stay those of a fresh
// analysis (editing.md, "Figures across claims and evidence").
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type Analysis } from '../../server/src/model';
import { keyWork } from '../../server/src/model/figureWalk';
import { joinLines } from './helpers';

const path = 'keys.arg.md';

/** Sections each with a claim stating a figure and cited evidence under it (one states it, one differs). */
function sections(n: number): string {
  const out = ['# Figures', '', 'Intro text that an Enter splits in two.', ''];
  for (let i = 1; i <= n; i++) {
    out.push(`## Claim: Qianhai hosts ${i},500 companies`, '', `- Evidence: the register lists ${i},500 companies[^s]`, `- Evidence: a survey counts ${i},200 firms and ${i}% of GDP[^s]`, '');
  }
  out.push('[^s]: A source.');
  return joinLines(...out);
}

/** Each claim's figure findings: `line: figure → state` (the claims' own lines). */
function findings(a: Analysis): string[] {
  const out: string[] = [];
  for (const [claim, figures] of a.claimFigures) for (const f of figures) out.push(`${a.nodes[claim].range.start.line}: ${f.figure.text} → ${f.state}`);
  return out.sort();
}

describe('figure keys: moved figures keep theirs', () => {
  it('an Enter above every figure works out no key again, and the findings are a fresh analysis’s', () => {
    const text = sections(20);
    const doc = parseDocument(text);
    const before = analyze(doc, { path });
    // Every claim's figure is stated by the evidence that gives the same count (spec: stated).
    assert.equal(findings(before).filter((f) => f.endsWith('→ stated')).length, 20);

    const at = text.indexOf('an Enter') + 'an Enter'.length;
    const next = `${text.slice(0, at)}\n${text.slice(at)}`;
    const computed = keyWork.computed;
    const after = analyze(parseDocument(next, doc, [{ start: at, end: at, text: '\n' }]), { path });
    assert.equal(keyWork.computed - computed, 0, 'no figure key worked out again after the figures moved a line down');

    // The claims moved one line down; the first is on line 5 (0-based) now, as counted by hand.
    assert.equal(findings(after).filter((f) => f.startsWith('5: 1,500 companies')).length, 1);
    assert.deepEqual(findings(after), findings(analyzeText(next, { path })));
  });
});
