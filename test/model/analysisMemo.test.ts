// The memo an analysis leaves for the next version (status and diagnostics reused across
// keystrokes) is found through a few of its nodes. A node the next version reuses at another
// place must not keep the memo it has taken over alive: that memo holds a whole support graph.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, parseDocument, previousAnalysis } from '../../server/src/model';
import { withChunking } from '../fuzz/compare';

const path = 'memo.arg.md';

const before = [
  '## Claim: Cities should plant trees', //  node 0
  '',
  '- Evidence: shade', //                   node 1
  '',
  '## Claim: Parks are cooler', //          node 2
  '',
  '- Evidence: measured in July', //        node 3, the middle of 6
  '',
  '## Claim: Trees pay back', //            node 4
  '',
  '- Evidence: fewer hospital visits', //   node 5
  '',
].join('\n');

// Two nodes more at the end: 8 nodes, so the middle is node 4; nodes 0-5 are unchanged.
const added = '## Claim: Roofs matter\n\n- Evidence: a survey\n';

describe('analysis memo', () => {
  it('is taken off its nodes once the next version has taken it over', () => {
    withChunking({ min: 0, max: 0 }, () => {
      const doc = parseDocument(before);
      const first = analyze(doc, { path });
      const middle = first.nodes[3];
      const firstMemo = previousAnalysis({ path, nodes: [middle] });
      assert.ok(firstMemo, 'the first analysis left a memo under its middle node');

      const next = analyze(parseDocument(before + added, doc, [{ start: before.length, end: before.length, text: added }]), { path });
      assert.equal(next.nodes.length, 8);
      assert.equal(next.nodes[3], middle, 'the old middle node is reused (else this test shows nothing)');
      const nextMemo = previousAnalysis({ path, nodes: [next.nodes[0]] });
      assert.ok(nextMemo && nextMemo !== firstMemo, 'the new analysis left its own memo');
      assert.equal(previousAnalysis({ path, nodes: [middle] }), undefined, 'the old memo is no longer kept under its middle node');
    });
  });
});
