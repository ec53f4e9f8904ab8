// block-too-large (contract v2): a block Markdown cannot split, over argmap.maxBlockSize UTF-8
// bytes, is not inline-parsed; a labelled one stays a node with its text cut at the limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, codes, node, parentText } from './helpers';
import { DEFAULT_MAX_BLOCK_SIZE } from '../../server/src/model';
import { DEFAULT_MAX_BLOCK_SIZE as OUTSIDE_DEFAULT } from '../../server/src/defaults';

const MAX = { maxBlockSize: 100 };

test('a list item over the limit: diagnostic on the block, node cut at the limit, children keep their parent', () => {
  // `- Claim: ` is 9 bytes, so the line is 9 + 300 = 309 bytes; the first 100 keep 91 x.
  const big = `- Claim: ${'x'.repeat(300)}`;
  const a = analyzeLines(['# Title', '', big, '  - Evidence: under it[^n]', '', '[^n]: Note.'], MAX);
  const d = a.diagnostics.find((x) => x.code === 'block-too-large');
  assert.ok(d);
  assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 309 } });
  assert.equal(d.message, 'This block is 309 bytes, larger than argmap.maxBlockSize (100 bytes), so its links, footnotes and figures were not checked.');
  assert.equal(d.severity, 'information');
  assert.equal(node(a, 'x').text, 'x'.repeat(91));
  assert.equal(node(a, 'x').kind, 'claim');
  assert.equal(parentText(a, 'under it'), 'x'.repeat(91));
});

test('inline content past the cut goes unchecked; the rest of the file is analysed', () => {
  // A paragraph of 3 lines (28 + 1 + 40 + 1 + 40 = 110 bytes): one block.
  const line = (c: string) => c.repeat(20) + ' [x](#nowhere) [^no]'.slice(0, 20);
  const a = analyzeLines(['Claim: starts here, and more', line('a'), line('b'), '', '- Claim: after[^gone]'], MAX);
  assert.deepEqual(codes(a), ['unsupported-claim@1', 'block-too-large@1', 'unsupported-claim@5', 'undefined-footnote@5']);
  const d = a.diagnostics.find((x) => x.code === 'block-too-large');
  assert.ok(d);
  assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 2, character: 40 } });
});

test('many small blocks without blank lines between them are not one large block', () => {
  const items = Array.from({ length: 40 }, (_, i) => `- Claim: item number ${i}`);
  const a = analyzeLines(items, MAX);
  assert.ok(!a.diagnostics.some((d) => d.code === 'block-too-large'));
  assert.equal(a.nodes.length, 40);
});

test('a fenced code block over the limit is not a large block', () => {
  const a = analyzeLines(['```', ...Array.from({ length: 40 }, () => 'code line here'), '```'], MAX);
  assert.deepEqual(codes(a), []);
});

test('a table and a single-line heading over the limit', () => {
  const rows = ['| a | b |', '| - | - |', ...Array.from({ length: 20 }, (_, i) => `| ${i} | [l](#x${i}) |`)];
  const heading = `## Claim: ${'h'.repeat(200)}`;
  const a = analyzeLines([...rows, '', heading], MAX);
  assert.deepEqual(codes(a), ['block-too-large@1', 'block-too-large@24', 'unsupported-claim@24']);
  // The heading's text: its first 100 bytes less `## Claim: ` (10).
  assert.equal(node(a, 'h').text, 'h'.repeat(90));
});

test('sizes count UTF-8 bytes: 40 é are 80 bytes, under the limit; 60 are 120, over it', () => {
  const under = analyzeLines([`Claim: ${'é'.repeat(40)}[^n]`, '', '[^n]: N.'], MAX);
  assert.ok(!under.diagnostics.some((d) => d.code === 'block-too-large'));
  const over = analyzeLines([`Claim: ${'é'.repeat(60)}`], MAX);
  assert.match(over.diagnostics[0].message, /^This block is 127 bytes/);
  // 100 bytes: `Claim: ` (7) and 46 é (92), the 47th would pass the limit.
  assert.equal(node(over, 'é').text, 'é'.repeat(46));
});

test('the default limit is the spec’s 100,000 bytes', () => {
  assert.equal(DEFAULT_MAX_BLOCK_SIZE, 100_000);
  const text = `Claim: ${'y '.repeat(50_000)}`; // 7 + 100,000 bytes
  const a = analyzeLines([text]);
  assert.match(a.diagnostics[0].message, /^This block is 100,007 bytes/);
});

test('the server and CLI default (defaults.ts, kept apart from the model) is the model’s', () => {
  assert.equal(OUTSIDE_DEFAULT, DEFAULT_MAX_BLOCK_SIZE);
});

test('links and footnote calls in the start remark still sees are not checked either', () => {
  const a = analyzeLines([`Claim: [a](#nowhere)[^none] ${'w'.repeat(200)}`, '', 'Claim: after [b](#nowhere)'], MAX);
  assert.deepEqual(codes(a).sort(), ['block-too-large@1', 'broken-reference@3', 'unsupported-claim@1', 'unsupported-claim@3']);
});
