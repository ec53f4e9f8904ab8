import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/model';

const lines = ['# Thesis: Hong Kong’s role 🌏', '', '- Claim: 香港 grew by over 9,200 companies', '  - Evidence: stated[^a]', '', '[^a]: Source.', ''];

for (const [name, eol] of [
  ['LF', '\n'],
  ['CRLF', '\r\n'],
  ['CR', '\r'],
] as const) {
  test(`positions are 0-based lines and UTF-16 characters with ${name} line endings`, () => {
    const a = analyzeText(lines.join(eol), { path: 'p.arg.md' });
    const claim = a.nodes[1];
    assert.deepEqual(claim.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 40 } });
    const figure = claim.figures[0];
    assert.equal(figure.text, 'over 9,200 companies');
    // "- Claim: 香港 grew by " is 20 UTF-16 units.
    assert.deepEqual(figure.range, { start: { line: 2, character: 20 }, end: { line: 2, character: 40 } });
    // The emoji is a surrogate pair: the heading's first line ends at 29 units.
    assert.deepEqual(a.nodes[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 29 } });
    const unsourced = a.diagnostics.find((d) => d.code === 'unsourced-figure');
    assert.deepEqual(unsourced?.range, figure.range);
    assert.equal(a.footnoteRefs[0].range.start.line, 3);
    assert.deepEqual(a.footnoteRefs[0].range, { start: { line: 3, character: 20 }, end: { line: 3, character: 24 } });
  });
}

test('tabs count as one character', () => {
  const a = analyzeText('-\tClaim:\tx[^n]\n');
  assert.deepEqual(a.nodes[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 14 } });
  assert.deepEqual(a.footnoteRefs[0].range, { start: { line: 0, character: 10 }, end: { line: 0, character: 14 } });
});

test('positions stay right far into a document of many chunks', () => {
  const filler = Array.from({ length: 300 }, (_, i) => `## Section ${i}\n\nProse ${i}.\n`).join('\n');
  const a = analyzeText(`${filler}\n- Claim: deep down\n`);
  const line = filler.split('\n').length;
  assert.equal(a.nodes[0].range.start.line, line);
});

test('a figure repeated on a continuation line gets its own range, not the first copy’s', () => {
  // The item's second line loses its two-space indent in the parsed text: each figure is still
  // found where it stands, "12%" at 2–5 and again at 6–9 of line 1.
  const a = analyzeText('- Claim:\n  12% 12% 13%\n');
  const ranges = a.nodes[0].figures.map((f) => [f.text, f.range.start.character, f.range.end.character, f.range.start.line]);
  assert.deepEqual(ranges, [
    ['12%', 2, 5, 1],
    ['12%', 6, 9, 1],
    ['13%', 10, 13, 1],
  ]);
});
