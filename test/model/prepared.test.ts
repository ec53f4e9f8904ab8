// parse/prepared.ts: a prepared chunk is used only for the very chunk it was parsed as: same
// start, same end, same stand-ins. A table prepared for a longer text (a version that lost
// its tail since) has a last chunk that runs past the new text's end: the walk cuts there
// itself, and must parse that chunk rather than take the longer one's result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, chunking, parseDocument, planChunks, prepareChunk, Prepared } from '../../server/src/model';

test('a prepared chunk that ends elsewhere than the walk\'s chunk is not used', () => {
  const saved = chunking.min;
  chunking.min = 0;
  try {
    const short = '# Claim: one\n\n# Claim: three';
    const long = `${short} and four\n`;
    // The long text's chunks: the line after the blank one is the only cut (a blank line is none).
    const spans = planChunks(long);
    assert.deepEqual(
      spans.map((s) => [s.start, s.end]),
      [
        [0, 14],
        [14, 38],
      ],
    );
    const prepared = new Prepared(spans.map((s) => prepareChunk(long.slice(s.start, s.end), s.start)));
    const doc = parseDocument(short);
    doc.usePrepared(prepared);
    // [0, 14) is the same chunk in both and is taken; the short text's [14, 28) is parsed.
    assert.deepEqual(
      analyze(doc).nodes.map((n) => n.text),
      ['one', 'three'],
    );
    assert.deepEqual(analyze(doc), analyzeText(short));
    assert.deepEqual([prepared.hits, prepared.misses], [1, 1]);
  } finally {
    chunking.min = saved;
  }
});
