// parse/recent.ts and the graph memos (chunkMemo.ts): a chunk an update dropped wholesale (a
// fence opened) keeps its parse result and its memo, but the memo no longer holds the build
// that made it (that build's ids are a whole old graph's). Closing the fence brings the chunks
// back: the analysis is the fresh one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, chunkMemo, parseDocument, type Chunk } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from '../fuzz/compare';

const path = 'roads.arg.md';

/** Ten claim sections, each with a reason: a chunk each under `{ min: 0, max: 0 }`. */
function sections(): string {
  const out: string[] = [];
  for (let i = 0; i < 10; i++) out.push(`## Claim: Road ${i} needs repair`, '', `- Reason: potholes on road ${i}`, '');
  return out.join('\n');
}

describe('memos of chunks an update dropped', () => {
  it('a fence opened: the dropped chunks keep their memos without their build; closed again: the fresh analysis', () => {
    withChunking({ min: 0, max: 0 }, () => {
      const text = sections();
      const doc = parseDocument(text);
      analyze(doc, { path });
      const before: readonly Chunk[] = doc.chunks;
      assert.ok(before.length >= 6, `${before.length} chunks`);
      // The build left every chunk a memo holding its ids (what the next build patches).
      for (const c of before) assert.ok(chunkMemo(c.result)?.build.ids, `memo with ids at line ${c.line}`);

      // A fence opened on the second section's line: everything below becomes code.
      const at = text.indexOf('## Claim: Road 1 ');
      const opened = text.slice(0, at) + '```\n' + text.slice(at);
      const open = parseDocument(opened, doc, [{ start: at, end: at, text: '```\n' }]);
      analyze(open, { path });
      const kept = new Set(open.chunks.map((c) => c.result));
      const dropped = before.filter((c) => !kept.has(c.result));
      assert.ok(dropped.length > 4, `${dropped.length} dropped`);
      for (const c of dropped) {
        const memo = chunkMemo(c.result);
        assert.ok(memo, `memo kept at line ${c.line}`);
        assert.equal(memo.build.ids, undefined, `no ids held at line ${c.line}`);
        assert.equal(memo.build.nodes, undefined, `no nodes held at line ${c.line}`);
      }

      // Closed again: the dropped chunks come back (the same results) and the analysis is the fresh one.
      const closed = parseDocument(text, open, [{ start: at, end: at + 4, text: '' }]);
      const after = analyze(closed, { path });
      const back = new Set(closed.chunks.map((c) => c.result));
      assert.ok(dropped.every((c) => back.has(c.result)), 'the dropped results are used again');
      assertSameAnalysis(after, analyzeText(text, { path }), 'fence opened then closed');
    });
  });

  it('two fences opened versions apart: the memos kept point at one set of document facts while the sets say the same', () => {
    withChunking({ min: 0, max: 0 }, () => {
      const text = '[^n]: Road survey, 2024.\n\n' + sections().replace('## Claim: Road 0 needs repair', '## Claim: Road 0 needs repair[^n]');
      const fence = (t: string, at: number) => t.slice(0, at) + '```\n' + t.slice(at);
      let doc = parseDocument(text);
      analyze(doc, { path });
      const firstFacts = chunkMemo(doc.chunks[doc.chunks.length - 1].result)?.facts;
      assert.ok(firstFacts);
      // A fence opened above section 3, then closed: sections 3–9 dropped, then back.
      const at3 = text.indexOf('## Claim: Road 3 ');
      doc = parseDocument(fence(text, at3), doc, [{ start: at3, end: at3, text: '```\n' }]);
      analyze(doc, { path });
      doc = parseDocument(text, doc, [{ start: at3, end: at3 + 4, text: '' }]);
      analyze(doc, { path });
      const closedFacts = chunkMemo(doc.chunks[doc.chunks.length - 1].result)?.facts;
      assert.ok(closedFacts && closedFacts !== firstFacts, 'the build after the close made its own facts');
      // Kept again by the next fence (above section 4): the same footnotes, so the facts kept before serve.
      const before = doc.chunks;
      const at4 = text.indexOf('## Claim: Road 4 ');
      doc = parseDocument(fence(text, at4), doc, [{ start: at4, end: at4, text: '```\n' }]);
      analyze(doc, { path });
      const kept = new Set(doc.chunks.map((c) => c.result));
      const dropped = before.filter((c) => !kept.has(c.result));
      assert.ok(dropped.length > 4, `${dropped.length} dropped`);
      for (const c of dropped) assert.equal(chunkMemo(c.result)?.facts, firstFacts, `facts shared at line ${c.line}`);
      // Closed again: the fresh analysis.
      const after = analyze(parseDocument(text, doc, [{ start: at4, end: at4 + 4, text: '' }]), { path });
      assertSameAnalysis(after, analyzeText(text, { path }), 'second fence closed');
    });
  });
});
