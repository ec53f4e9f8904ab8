// The graph's per-chunk fast path (chunkMemo.ts): after an edit, a chunk whose walk would
// read nothing new is copied whole from the last build. Each case below changes something
// an untouched chunk's nodes depend on from outside it (its line, the heading stack or open
// list before it, its headings' slugs, the footnotes or explicit ids of the whole file):
// the incremental analysis must be the fresh one, and the hand-worked facts must hold.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type Analysis } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from '../fuzz/compare';

const path = 'roads.arg.md';

interface Step {
  before: Analysis;
  after: Analysis;
}

/** Analyses `lines`, replaces `needle` by `replacement`, analyses incrementally, and checks the result is the fresh one. */
function edit(lines: string[], needle: string, replacement: string): Step {
  return withChunking({ min: 0, max: 0 }, () => {
    const text = lines.join('\n');
    const start = text.indexOf(needle);
    assert.ok(start >= 0, needle);
    const end = start + needle.length;
    const doc = parseDocument(text);
    const before = analyze(doc, { path });
    // Twice: the second build copies from memos the first one made by copying.
    const again = analyze(parseDocument(text, doc, []), { path });
    assertSameAnalysis(again, before, 'unchanged text');
    const next = text.slice(0, start) + replacement + text.slice(end);
    const after = analyze(parseDocument(next, doc, [{ start, end, text: replacement }]), { path });
    assertSameAnalysis(after, analyzeText(next, { path }), `${needle} → ${replacement}`);
    return { before, after };
  });
}

function line(a: Analysis, i: number): number {
  return a.nodes[i].range.start.line;
}

describe('graph: unchanged chunks copied whole', () => {
  it('a letter typed in one claim: the other chunks are copied, the result is the fresh one', () => {
    const lines = ['# Claim: Roads need repair', '', '- Evidence: potholes everywhere', '', 'Claim: Bridges too', '', '- Challenge: money is short'];
    const s = edit(lines, 'Bridges too', 'Bridges tooe');
    assert.equal(s.after.nodes[2].text, 'Bridges tooe');
    assert.equal(s.after.nodes[3].parent, 2);
    assert.equal(s.after.nodes[1].parent, 0);
  });

  it('Enter above a chunk moves it down a line: its nodes are placed on their new lines', () => {
    const lines = ['# Claim: Roads need repair', '', '- Evidence: potholes everywhere', '', 'Claim: Bridges too'];
    const s = edit(lines, '# Claim: Roads need repair', '# Claim: Roads need repair\n');
    assert.deepEqual([line(s.before, 1), line(s.before, 2)], [2, 4]);
    assert.deepEqual([line(s.after, 1), line(s.after, 2)], [3, 5]);
  });

  it('a label unmade above: the untouched chunk after it numbers its nodes from one less', () => {
    const lines = ['Claim: Bridges', '', 'Some prose.', '', 'Claim: Roads', '- Evidence: potholes everywhere'];
    const s = edit(lines, 'Claim: Bridges', 'Bridges');
    assert.equal(s.before.nodes[2].parent, 1);
    assert.deepEqual(
      s.after.nodes.map((n) => [n.text, n.parent]),
      [
        ['Roads', undefined],
        ['potholes everywhere', 0],
      ],
    );
  });

  it('a heading above made deeper: a later heading of an untouched chunk finds another parent', () => {
    const lines = ['# Claim: A', '', '## Claim: B', '', '### Claim: C'];
    const s = edit(lines, '## Claim: B', '#### Claim: B');
    assert.equal(s.before.nodes[2].parent, 1);
    // C (level 3) closes B (now level 4): C's section parent is A.
    assert.equal(s.after.nodes[2].parent, 0);
    assert.equal(s.after.nodes[1].parent, 0);
  });

  it('a heading raised a level: its old parent loses it and shrinks, its new parent gains it and grows', () => {
    const lines = ['# Claim: A', '', '## Claim: B', '', '### Claim: C'];
    const s = edit(lines, '### Claim: C', '## Claim: C');
    assert.deepEqual(
      s.before.nodes.map((n) => n.children),
      [[1], [2], []],
    );
    assert.deepEqual(
      s.after.nodes.map((n) => n.children),
      [[1, 2], [], []],
    );
    assert.deepEqual(s.after.nodes[1].fullRange.end, { line: 2, character: 11 });
    assert.deepEqual(s.after.nodes[0].fullRange.end, { line: 4, character: 11 });
  });

  it('an unlabelled heading above made deeper: an untouched claim with no parent joins the labelled section around it', () => {
    const lines = ['# Claim: A', '', '# Notes', '', 'Claim: C'];
    const s = edit(lines, '# Notes', '## Notes');
    assert.deepEqual([s.before.nodes[1].parent, s.before.nodes[0].children], [undefined, []]);
    assert.deepEqual([s.after.nodes[1].parent, s.after.nodes[0].children], [0, [1]]);
  });

  it('a labelled paragraph made a list item: the untouched list after it no longer belongs to it', () => {
    const lines = ['# Notes', '', 'Claim: Roads need repair', '', '- Evidence: potholes everywhere'];
    const s = edit(lines, 'Claim: Roads need repair', '- Claim: Roads need repair');
    assert.equal(s.before.nodes[1].parent, 0);
    // Two items of one list under an unlabelled heading: siblings, with no parent.
    assert.equal(s.after.nodes[1].parent, undefined);
  });

  it('a heading above given the same text: a later, untouched heading is numbered x-1', () => {
    const lines = ['# Claim: Rails', '', 'Some prose.', '', '# Claim: Roads', '', 'More prose.', '', '# Claim: Roads'];
    const s = edit(lines, '# Claim: Rails', '# Claim: Roads');
    assert.deepEqual(
      s.before.headings.map((h) => h.slug),
      ['claim-rails', 'claim-roads', 'claim-roads-1'],
    );
    assert.deepEqual(
      s.after.headings.map((h) => h.slug),
      ['claim-roads', 'claim-roads-1', 'claim-roads-2'],
    );
  });

  it('a footnote definition added, then emptied, then removed: an untouched citation follows', () => {
    const lines = ['Claim: Roads need repair[^1]', '', '- Evidence: potholes[^2]', '', '[^1]: Survey.'];
    const added = edit(lines, '[^1]: Survey.', '[^1]: Survey.\n\n[^2]: Photos.');
    assert.deepEqual(pick(added.before.nodes[1].citations[0]), { label: '2', defined: false, cites: false });
    assert.deepEqual(pick(added.after.nodes[1].citations[0]), { label: '2', defined: true, cites: true });
    const withBoth = [...lines, '', '[^2]: Photos.'];
    const emptied = edit(withBoth, '[^2]: Photos.', '[^2]: …');
    assert.deepEqual(pick(emptied.after.nodes[1].citations[0]), { label: '2', defined: true, cites: false });
    const removed = edit(withBoth, '\n\n[^2]: Photos.', '');
    assert.deepEqual(pick(removed.after.nodes[1].citations[0]), { label: '2', defined: false, cites: false });
  });

  it('an explicit id added above: an untouched node whose generated id it takes gets the next suffix', () => {
    const lines = ['Claim: Bridges', '', 'Claim: Roads'];
    const s = edit(lines, 'Claim: Bridges', 'Claim: Bridges {#roads}');
    assert.deepEqual(
      s.before.nodes.map((n) => n.id),
      ['bridges', 'roads'],
    );
    assert.deepEqual(
      s.after.nodes.map((n) => n.id),
      ['roads', 'roads-2'],
    );
  });

  it('a reference definition changed: an untouched reference by label follows it', () => {
    const lines = ['Claim: Roads {#roads}', '', 'Claim: Rails {#rails}', '', '- Evidence: [see][r]', '', '[r]: #roads'];
    const s = edit(lines, '[r]: #roads', '[r]: #rails');
    assert.equal(s.before.nodes[2].reference?.id, 'roads');
    assert.equal(s.after.nodes[2].reference?.id, 'rails');
  });
});

function pick(c: unknown): unknown {
  const f = c as { label: string; defined: boolean; cites: boolean };
  return { label: f.label, defined: f.defined, cites: f.cites };
}
