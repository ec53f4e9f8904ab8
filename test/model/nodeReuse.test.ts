// Graph nodes reused across keystrokes (issue 12): after an edit, a node the edit cannot
// have changed is the previous analysis's own object, yet the analysis is the one a fresh
// parse of the new text gives; and analysing the new version leaves the old analysis as it was.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { editOnce, type EditStep } from './helpers';

const path = 'trees.arg.md';

// Blocks apart by blank lines and headings: with the smallest chunks, each is a chunk of its own.
const text = [
  '# Claim: Cities should plant trees {#top}', //  0: node 0
  '',
  '- Evidence: shade cools streets[^1]', //         2: node 1
  '- Evidence: [see parks](#parks)', //             3: node 2, a reference
  '',
  '## Claim: Parks cool cities {#parks}', //        5: node 3
  '',
  '- Evidence: parks are cooler[^2]', //            7: node 4
  '- Challenge: parks cost money', //               8: node 5
  '',
  '## Claim: Trees pay back', //                   10: node 6, id trees-pay-back
  '',
  '- Evidence: fewer hospital visits[^1]', //      12: node 7
  '',
  'Claim: Trees pay back', //                      14: node 8, id trees-pay-back-2
  '',
  '[^1]: City report.',
  '[^2]: Park survey.',
  '',
].join('\n');

/** Replaces the first `needle` by `replacement`: the analyses before, after (incremental) and afresh. */
const edit = (needle: string, replacement: string): EditStep => editOnce(text, needle, replacement, path);

/** Which of `after`'s nodes are `before`'s own objects. */
function reused(s: EditStep): number[] {
  return s.after.nodes.filter((n) => s.before.nodes.includes(n)).map((n) => n.index);
}

describe('nodes reused across keystrokes', () => {
  it('a letter typed in a claim: the untouched nodes before it are the old objects; the edited node and the one whose id it freed are new', () => {
    const s = edit('## Claim: Trees pay back', '## Claim: Trees pay backe');
    assert.deepEqual(s.after, s.fresh);
    assert.equal(s.after.nodes[6].id, 'trees-pay-backe');
    assert.equal(s.after.nodes[8].id, 'trees-pay-back');
    const same = reused(s);
    for (const i of [0, 1, 2, 3, 4, 5]) assert.ok(same.includes(i), `node ${i} reused (${same.join()})`);
    assert.ok(!same.includes(6) && !same.includes(8), `nodes 6 and 8 are new (${same.join()})`);
  });

  it('analysing the new version leaves the old analysis as it was', () => {
    for (const [needle, replacement] of [
      ['## Claim: Trees pay back', '## Claim: Trees pay backe'],
      ['## Claim: Trees pay back', '\n## Claim: Trees pay back'],
      ['City report.', '…'],
      ['- Challenge: parks cost money', '- Challenge: parks cost money\n  - Challenge: they pay back'],
    ]) {
      const s = edit(needle, replacement);
      assert.deepEqual(s.before, s.snapshot, `${JSON.stringify(replacement)}: the old analysis`);
      assert.deepEqual(s.after, s.fresh, `${JSON.stringify(replacement)}: the new analysis`);
    }
  });

  it('a line inserted: the nodes below it move down a line and are new; those above stay', () => {
    const s = edit('## Claim: Trees pay back', '\n## Claim: Trees pay back');
    assert.deepEqual(s.after, s.fresh);
    assert.deepEqual(
      s.after.nodes.slice(6).map((n) => n.range.start.line),
      [11, 13, 15],
    );
    // Node 0's outline runs to the last node of its section, now a line further down.
    assert.equal(s.after.nodes[0].fullRange.end.line, 15);
    // (The chunk right before an edit at a chunk's start may be parsed again: its nodes may be new too.)
    const same = reused(s);
    for (const i of [1, 2, 3, 4]) assert.ok(same.includes(i), `node ${i} reused (${same.join()})`);
    for (const i of [0, 6, 7, 8]) assert.ok(!same.includes(i), `node ${i} is new (${same.join()})`);
  });

  it('a footnote definition emptied: the nodes citing it, in other chunks, are new and cite nothing', () => {
    const s = edit('City report.', '…');
    assert.deepEqual(s.after, s.fresh);
    for (const i of [1, 7]) {
      assert.deepEqual(
        s.after.nodes[i].citations.map((c) => c.kind === 'footnote' && [c.defined, c.cites]),
        [[true, false]],
        `node ${i}`,
      );
    }
    assert.deepEqual(reused(s), [0, 2, 3, 4, 5, 6, 8]);
  });

  it('a child in the middle no longer a node: its parent keeps its outline but loses the child, so it is new', () => {
    const s = edit('- Evidence: fewer hospital visits[^1]', '- fewer hospital visits[^1]');
    assert.deepEqual(s.after, s.fresh);
    assert.deepEqual(s.before.nodes[6].children, [7, 8]);
    assert.deepEqual(s.after.nodes[6].children, [7]);
    assert.equal(s.after.nodes[7].text, 'Trees pay back');
    assert.deepEqual(s.after.nodes[6].fullRange, s.before.nodes[6].fullRange);
    assert.ok(!reused(s).includes(6));
  });

  it('a child added in a later chunk: its parent is a new node with the new child; the old one keeps its children', () => {
    const s = edit('- Challenge: parks cost money', '- Challenge: parks cost money\n  - Challenge: they pay back');
    assert.deepEqual(s.after, s.fresh);
    assert.deepEqual(s.before.nodes[5].children, []);
    assert.deepEqual(s.after.nodes[5].children, [6]);
    assert.equal(s.after.nodes[7].text, 'Trees pay back');
  });
});
