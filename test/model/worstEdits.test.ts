// Issue 12's worst cases, edited beside the big block: a keystroke in the claim right above or
// right below a block Markdown cannot split never parses the block again (cuts.ts: a line
// after an unindented ATX heading is a cut).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, chunking, parseDocument, type ParsedDocument } from '../../server/src/model';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `| row ${i} | value ${i} |`).join('\n');
/** A heading, a 3,000-row table right under it (no blank line), and an item right under the table. */
const TABLE_UNDER_HEADING = `### Claim: the heading above\n| name | amount |\n| --- | --- |\n${rows(3000)}\n- Claim: the item below\n`;

/** Inserts `insert` at `at`; the new parse and the characters of the chunks it parsed again. */
function type(doc: ParsedDocument, at: number, insert: string): { next: ParsedDocument; reparsed: string[] } {
  const kept = new Set(doc.chunks.map((c) => c.result));
  const text = doc.text.slice(0, at) + insert + doc.text.slice(at);
  const next = parseDocument(text, doc, [{ start: at, end: at, text: insert }]);
  return { next, reparsed: next.chunks.filter((c) => !kept.has(c.result)).map((c) => c.text) };
}

/** Chunk starts with a cut at every safe line (`chunking.min` 0), as line numbers. */
function cutLines(lines: readonly string[]): number[] {
  const saved = chunking.min;
  chunking.min = 0;
  try {
    return parseDocument(lines.join('\n')).chunks.map((c) => c.line);
  } finally {
    chunking.min = saved;
  }
}

test('a line right after an unindented ATX heading starts a chunk of its own', () => {
  // Lines: 0 heading, 1 table row, 2 delimiter, 3 row, 4 heading, 5 paragraph. The heading on
  // line 4 ends the table but is no cut itself (only the line after a heading is one).
  assert.deepEqual(cutLines(['# Claim: a', '| a | b |', '| - | - |', '| 1 | 2 |', '###### b', 'text']), [0, 1, 5]);
});

test('no cut after what only looks like a heading: `#tag`, seven `#`, an indented or quoted heading', () => {
  // Each of these lines is a paragraph line (or inside a container) that the next line may continue.
  assert.deepEqual(cutLines(['#tag', 'more']), [0]);
  assert.deepEqual(cutLines(['####### seven', 'more']), [0]);
  assert.deepEqual(cutLines(['- item', '  # inside', 'lazy']), [0]);
  assert.deepEqual(cutLines(['> # quoted', 'lazy']), [0]);
});

test('a `#` comment inside a fenced code block: the fence\'s inside is a chunk of its own, to the closing fence', () => {
  const lines = ['```sh', '# install', 'npm i', '```', '', 'after'];
  // The cut after `# install` falls inside the fence: the chunk that opens it ends there, the
  // fence's inside (lines 2–3, never parsed) is the next, then the blank line after the closing
  // fence starts one, and the paragraph after it (a cut) another.
  assert.deepEqual(cutLines(lines), [0, 2, 4, 5]);
  const text = lines.join('\n');
  assert.deepEqual(analyze(parseDocument(text)), analyzeText(text));
});

test('a table right under a heading (no blank line): a letter in the heading parses the heading alone', () => {
  const text = TABLE_UNDER_HEADING;
  const doc = parseDocument(text);
  void doc.chunks;
  const { next, reparsed } = type(doc, text.indexOf('heading above'), 'x');
  // The heading's line with its line ending, and the letter: the table's chunk is reused.
  assert.deepEqual(reparsed, ['### Claim: the xheading above\n']);
  assert.deepEqual(analyze(next), analyzeText(next.text));
});

test('a table right under a heading: a letter in the item right below parses the item alone', () => {
  const text = TABLE_UNDER_HEADING;
  const doc = parseDocument(text);
  void doc.chunks;
  const { next, reparsed } = type(doc, text.indexOf('item below'), 'x');
  assert.deepEqual(reparsed, ['- Claim: the xitem below\n']);
  assert.deepEqual(analyze(next), analyzeText(next.text));
});

test("a table right under a heading: a letter in the table's header row parses the table, not the heading", () => {
  const text = TABLE_UNDER_HEADING;
  const doc = parseDocument(text);
  void doc.chunks;
  const { next, reparsed } = type(doc, text.indexOf('name'), 'x');
  // The cut after the heading still stands, so the chunk before it is not parsed again.
  assert.equal(reparsed.length, 1);
  assert.ok(reparsed[0].startsWith('| xname | amount |\n'));
  assert.deepEqual(analyze(next), analyzeText(next.text));
});

test('the heading turned into prose joins the table again: its chunk is parsed again whole', () => {
  const text = `### Claim: the heading above\n| name | amount |\n| --- | --- |\n${rows(3000)}\n`;
  const doc = parseDocument(text);
  void doc.chunks;
  // `### ` → `###x `: no heading, a paragraph the table interrupts; the cut before the table goes.
  const at = text.indexOf(' Claim');
  const { next, reparsed } = type(doc, at, 'x');
  assert.equal(reparsed.join(''), next.text);
  assert.deepEqual(analyze(next), analyzeText(next.text));
});

test('a claim above a piece of 4,096 characters or more: a letter in it parses the claim alone', () => {
  // 100 lines of 55 characters (`line 000` 8, ` of a paragraph pasted in, words and more words` 47)
  // and 99 line endings: 5,599 characters, one piece (no blank line in it), over
  // `chunking.alone` (4,096); then a small piece (the claim below).
  const paragraph = Array.from({ length: 100 }, (_, i) => `line ${String(i).padStart(3, '0')} of a paragraph pasted in, words and more words`).join('\n');
  assert.equal(paragraph.length, 5_599);
  const text = `**Claim:** the claim above\n\n${paragraph}\n\n**Claim:** the claim below\n`;
  const doc = parseDocument(text);
  void doc.chunks;
  const { next, reparsed } = type(doc, text.indexOf('claim above'), 'x');
  // The claim's line and the blank line after it: the chunk ends at the cut before the paragraph.
  assert.deepEqual(reparsed, ['**Claim:** the xclaim above\n\n']);
  assert.deepEqual(analyze(next), analyzeText(next.text));
});
