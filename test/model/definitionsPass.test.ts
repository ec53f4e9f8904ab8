// An update's definitions pass (parse/definitions.ts `resolveDefinitions` with the chunks an
// update touched): a chunk citing a footnote or reference defined in another chunk is parsed
// with a stand-in definition appended; after an edit, only the new chunks and the chunks that
// want a label the edit defined or hid have their stand-ins worked out again. With the chunker
// cutting at every safe line, each block after a blank line is a chunk of its own. Each step's
// chunks and analysis are checked against a fresh parse of its text, and the count of chunks
// the pass looked at (`definitionsChecked`) is worked out by hand.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, definitionsChecked, parseDocument, type ParsedDocument } from '../../server/src/model';
import { assertSameAnalysis, withChunking } from '../fuzz/compare';

const path = 'defs.arg.md';

/** Eight chunks: claims citing [^r] (chunks 0, 2), one citing [^q] (4), one linking [report][src] (6), the definitions of r and q. */
const doc = [
  'Claim: Roads need repair[^r]',
  '',
  'Claim: Bridges too',
  '',
  'Claim: Tunnels leak[^r]',
  '',
  'Claim: Ports silt[^q]',
  '',
  'First prose.',
  '',
  'Claim: Canals freeze, says the [report][src]',
  '',
  '[^r]: Road survey.',
  '',
  '[^q]: Port survey.',
].join('\n');

/** What decides a chunk's parse: its place, text and stand-ins. */
const shape = (d: ParsedDocument) => d.chunks.map((c) => ({ start: c.start, line: c.line, text: c.text, appended: c.appended }));

/** Parses `text`, applies each [needle, replacement] in turn (each parse incremental, checked against a fresh one); each step's count. */
function checkedPerStep(text: string, ...steps: [string, string][]): number[] {
  return withChunking({ min: 0, max: 0 }, () => {
    let d = parseDocument(text);
    analyze(d, { path });
    const out: number[] = [];
    for (const [needle, replacement] of steps) {
      const start = text.indexOf(needle);
      assert.ok(start >= 0, needle);
      const end = start + needle.length;
      text = text.slice(0, start) + replacement + text.slice(end);
      d = parseDocument(text, d, [{ start, end, text: replacement }]);
      const fresh = parseDocument(text);
      assert.deepEqual(shape(d), shape(fresh), `${needle} → ${replacement}`);
      assertSameAnalysis(analyze(d, { path }), analyzeText(text, { path }), `${needle} → ${replacement}`);
      const n = definitionsChecked(d.chunks);
      assert.ok(n !== undefined, 'the pass left its count');
      out.push(n);
    }
    return out;
  });
}

describe('parse: an update works out stand-ins only where they can change', () => {
  it('a first parse looks at every chunk (the file defines labels)', () => {
    withChunking({ min: 0, max: 0 }, () => {
      const d = parseDocument(doc);
      assert.equal(d.chunks.length, 8);
      assert.equal(definitionsChecked(d.chunks), 8);
      // The citing chunks have their stand-ins; the link's label is defined nowhere.
      assert.deepEqual(
        d.chunks.map((c) => c.appended),
        ['^r', '', '^r', '^q', '', '', '', ''],
      );
    });
  });

  it('a letter typed in prose: only the chunk typed in is looked at', () => {
    assert.deepEqual(checkedPerStep(doc, ['First prose.', 'First prosex.']), [1]);
  });

  it('a footnote renamed: the new chunk, and the two chunks citing the old label (not the one citing [^q])', () => {
    // r goes, s comes: chunks 0 and 2 want r; nothing wants s. They lose their stand-in.
    assert.deepEqual(checkedPerStep(doc, ['[^r]: Road', '[^s]: Road']), [1 + 2]);
  });

  it('a footnote defined back: the chunks citing it get their stand-in again', () => {
    assert.deepEqual(checkedPerStep(doc, ['[^r]: Road', '[^s]: Road'], ['[^s]: Road', '[^r]: Road']), [3, 3]);
  });

  it('a reference definition typed into prose: that chunk, and the one linking by its label', () => {
    assert.deepEqual(checkedPerStep(doc, ['First prose.', '[src]: https://example.com/src']), [1 + 1]);
  });

  it('a fence opened above the definitions hides them: the three chunks citing them', () => {
    // The fence opens in the prose chunk (4) and runs to the end: its new chunks are looked at
    // only when the file still defines a label or they had stand-ins; r and q are hidden (and
    // src was never defined), so none; chunks 0, 2, 3 cite r and q. Closed right after its first line: the fence's chunk and the three after it are new, and the 3 citing chunks.
    assert.deepEqual(checkedPerStep(doc, ['First prose.', '```\nFirst prose.'], ['First prose.', 'First prose.\n```']), [0 + 3, 4 + 3]);
  });

  it('the fence closed again: the citing chunks get back the results they had, not parsed again', () => {
    withChunking({ min: 0, max: 0 }, () => {
      const first = parseDocument(doc);
      assert.equal(first.chunks.length, 8); // parsed: a base for the update
      const opened = doc.replace('First prose.', '```\nFirst prose.');
      const at = doc.indexOf('First prose.');
      const open = parseDocument(opened, first, [{ start: at, end: at, text: '```\n' }]);
      assert.equal(definitionsChecked(open.chunks), 3);
      // Chunks 0, 2 and 3 lost their stand-ins with r and q hidden: parsed again without them.
      assert.deepEqual([0, 2, 3].map((i) => open.chunks[i].appended), ['', '', '']);
      assert.deepEqual([0, 2, 3].map((i) => open.chunks[i].result === first.chunks[i].result), [false, false, false]);
      const closeAt = opened.indexOf('First prose.') + 'First prose.'.length;
      const closed = parseDocument(opened.slice(0, closeAt) + '\n```' + opened.slice(closeAt), open, [{ start: closeAt, end: closeAt, text: '\n```' }]);
      assert.deepEqual([0, 2, 3].map((i) => closed.chunks[i].appended), ['^r', '^r', '^q']);
      assert.deepEqual([0, 2, 3].map((i) => closed.chunks[i].result === first.chunks[i].result), [true, true, true]);
    });
  });
});
