// An edit beside a big block (a table, a long paragraph, a big list item: pieces no cut can
// split) re-parses only the small chunk it is in, never the block: the block's chunk comes
// out of the update as the very object it was (its result, parsed by remark, is reused).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type ParsedDocument } from '../../server/src/model';

const rows = (n: number) => Array.from({ length: n }, (_, i) => `| row ${i} | value ${i} |`).join('\n');
const prose = (n: number) => Array.from({ length: n }, (_, i) => `sentence ${i} of a long paragraph pasted in`).join('\n');

/** A big block under a heading, with items right below it (no blank line: the item interrupts the block). */
const blocks: Record<string, string> = {
  table: `| name | amount |\n| --- | --- |\n${rows(3000)}`,
  paragraph: `Pasted prose follows.\n${prose(2000)}`,
  'list item': `- Evidence: a big item\n  ${prose(2000).replace(/\n/g, '\n  ')}`,
};

function documentWith(block: string): string {
  return [
    '# Thesis: top',
    '',
    'Claim: a paragraph above',
    '',
    '## Claim: the heading above',
    '',
    block,
    '- Evidence: the item below',
    '- Evidence: another item below',
    '',
    '## Claim: a section after',
    '',
    '- Reason: its reason',
    '',
  ].join('\n');
}

/** Inserts `insert` at `at` as an incremental edit; returns the new parse and the size of what it parsed again. */
function type(doc: ParsedDocument, at: number, insert: string): { next: ParsedDocument; reparsed: number } {
  const before = doc.chunks;
  const text = doc.text.slice(0, at) + insert + doc.text.slice(at);
  const next = parseDocument(text, doc, [{ start: at, end: at, text: insert }]);
  const kept = new Set(before.map((c) => c.result));
  const reparsed = next.chunks.filter((c) => !kept.has(c.result)).reduce((n, c) => n + c.text.length, 0);
  return { next, reparsed };
}

for (const [kind, block] of Object.entries(blocks)) {
  const text = documentWith(block);
  assert.ok(block.length > 60_000, 'the block is far bigger than a chunk');
  // One first parse per block, shared: an update never changes the parse it starts from.
  let first: ParsedDocument | undefined;
  const parsed = () => (first ??= parseDocument(text));

  for (const [where, at, insert] of [
    ['a letter in the heading above', text.indexOf('heading above') + 1, 'x'],
    ['a letter at the start of the item below', text.indexOf('Evidence: the item below'), 'x'],
    ['a letter in the item below', text.indexOf('item below') + 2, 'x'],
    ['Enter after the item below', text.indexOf('\n- Evidence: another'), '\n'],
    ['a new item between the two below', text.indexOf('- Evidence: another'), '- Evidence: new\n'],
    ['a letter in the paragraph above', text.indexOf('paragraph above'), 'x'],
  ] as const) {
    test(`${kind}: ${where} re-parses a small chunk, not the block, and equals a fresh parse`, () => {
      const doc = parsed();
      const { next, reparsed } = type(doc, at, insert);
      assert.ok(reparsed > 0 && reparsed < 2_000, `re-parsed ${reparsed} characters (the block is ${block.length})`);
      assert.deepEqual(analyze(next), analyzeText(next.text));
    });
  }

  test(`${kind}: an edit that joins the line below to the block re-parses it, and equals a fresh parse`, () => {
    // `- ` removed: the line below is a row (or a lazy line) of the block now.
    const doc = parsed();
    const at = text.indexOf('- Evidence: the item below');
    const next = parseDocument(text.slice(0, at) + text.slice(at + 2), doc, [{ start: at, end: at + 2, text: '' }]);
    const kept = new Set(doc.chunks.map((c) => c.result));
    const reparsed = next.chunks.filter((c) => !kept.has(c.result)).reduce((n, c) => n + c.text.length, 0);
    assert.ok(reparsed > block.length, `re-parsed ${reparsed} characters`);
    assert.deepEqual(analyze(next), analyzeText(next.text));
  });
}
