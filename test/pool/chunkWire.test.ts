// How a worker sends a chunk's result (pool/chunkWire.ts): JSON text when JSON gives back the
// very result, else the object itself. The parallel parse tests show the whole round trip
// through real workers; these show the choice on results JSON would change.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { planChunks, prepareChunk, type PreparedChunk } from '../../server/src/model';
import { decodeChunk, encodeChunk } from '../../server/src/pool/chunkWire';
import { REPO } from './helpers';
import { TRICKY_MAX_BLOCK, trickyDocument } from './tricky';

const ZERO = { line: 0, character: 0 };
const RANGE = { start: ZERO, end: { line: 0, character: 5 } };

/** A chunk of one paragraph `Claim: …` stating one figure with `value`, its text `text`. */
function chunkWithFigure(value: number, text: string): PreparedChunk {
  const node = {
    kind: 'claim' as const,
    label: 'Claim',
    blockType: 'paragraph' as const,
    text,
    slug: 'x',
    body: '',
    range: RANGE,
    blockRange: RANGE,
    figures: [{ text: 'x', value, kind: 'count' as const, unit: '', range: RANGE }],
    bodyFigures: [],
    citations: [],
  };
  const result = { blocks: [{ type: 'paragraph' as const, node }], headingTexts: [], footnoteDefinitions: [], footnoteCalls: [], links: [], definitions: [], wanted: [], labelTypos: [] };
  return { start: 0, end: 10, appended: '', result };
}

describe('a chunk result on its way from a worker', () => {
  it('goes as JSON text that gives back every field, on the sample and the tricky file', () => {
    const sample = fs.readFileSync(path.join(REPO, 'samples', 'greater-bay-area.arg.md'), 'utf8');
    for (const [text, max] of [[sample, 100_000], [trickyDocument(4, true), TRICKY_MAX_BLOCK]] as const) {
      for (const span of planChunks(text)) {
        const chunk = prepareChunk(text.slice(span.start, span.end), span.start, max);
        const wire = encodeChunk(chunk);
        assert.equal(typeof wire, 'string');
        assert.deepStrictEqual(decodeChunk(wire), chunk);
      }
    }
  });

  it('goes as the object when a number JSON cannot write is in it (Infinity, NaN)', () => {
    for (const value of [Infinity, -Infinity, NaN]) {
      const chunk = chunkWithFigure(value, 'Claim: x');
      const wire = encodeChunk(chunk);
      assert.equal(typeof wire, 'object');
      assert.deepStrictEqual(decodeChunk(wire), chunkWithFigure(value, 'Claim: x'));
    }
  });

  it('goes as JSON when a text only looks like a null value, or as the object: either way unchanged', () => {
    const chunk = chunkWithFigure(3, 'Claim: {"a":null,"b":[null]}');
    assert.deepStrictEqual(decodeChunk(encodeChunk(chunk)), chunkWithFigure(3, 'Claim: {"a":null,"b":[null]}'));
  });
});
