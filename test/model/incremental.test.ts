import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type ParsedDocument, chunking } from '../../server/src/model';

const base = [
  '---',
  'title: t',
  '',
  'x: y',
  '---',
  '',
  '# Thesis: top {#top}',
  '',
  'Claim: owner',
  '',
  '- Evidence: one[^a]',
  '',
  '- Evidence: two [r]',
  '',
  '## Claim: section',
  '',
  '```',
  'Claim: inside a fence',
  '',
  '- Evidence: still code',
  '```',
  '',
  '<!--',
  '',
  'Claim: in a comment',
  '-->',
  '',
  '[^a]: A.',
  '',
].join('\n');

/** Applies `text` at [start, end) to the previous parse and checks it against a fresh analysis. */
function step(prev: ParsedDocument, start: number, end: number, text: string): ParsedDocument {
  const next = prev.text.slice(0, start) + text + prev.text.slice(end);
  const incremental = parseDocument(next, prev, [{ start, end, text }]);
  assert.deepEqual(analyze(incremental, { path: 'x.arg.md' }), analyzeText(next, { path: 'x.arg.md' }), `after inserting ${JSON.stringify(text)} at ${start}`);
  return incremental;
}

for (const [mode, min] of [
  ['fine chunks', 0],
  ['default chunks', chunking.min],
] as const) {
  test(`incremental parsing equals a fresh parse for edits that move cuts (${mode})`, () => {
    const saved = chunking.min;
    chunking.min = min;
    try {
      edits();
    } finally {
      chunking.min = saved;
    }
  });
}

function edits(): void {
  let doc = parseDocument(base);
  analyze(doc);
  const at = (s: string) => doc.text.indexOf(s);
  // Closing the front matter early, then restoring it.
  doc = step(doc, at('x: y'), at('x: y'), '---\n');
  doc = step(doc, at('---\nx: y'), at('x: y'), '');
  // Opening a fence that swallows the rest, then closing it again.
  doc = step(doc, at('Claim: owner'), at('Claim: owner'), '```\n');
  doc = step(doc, at('```\nClaim: owner'), at('Claim: owner'), '');
  // Removing a blank line joins two chunks; putting it back splits them.
  doc = step(doc, at('\n- Evidence: two'), at('- Evidence: two'), '');
  doc = step(doc, at('- Evidence: two'), at('- Evidence: two'), '\n');
  // A definition appears for `[r]` far below, then goes.
  doc = step(doc, doc.text.length, doc.text.length, '\n[r]: https://example.org\n');
  doc = step(doc, at('\n[r]: https'), doc.text.length, '');
  // Closing the HTML comment early.
  doc = step(doc, at('Claim: in a comment'), at('Claim: in a comment'), '-->\n\n');
  // Typing a character in every line of a heading, one at a time.
  for (let i = 0; i < 5; i++) doc = step(doc, at('top {#top}'), at('top {#top}'), 'x');
}

test('without edits the change is found by comparing texts, and unparsed versions are skipped', () => {
  const first = parseDocument(base);
  analyze(first);
  const v2 = parseDocument(base.replace('owner', 'owner!'), first);
  const v3 = parseDocument(v2.text.replace('two', 'three'), v2);
  assert.deepEqual(analyze(v3), analyzeText(v3.text));
  assert.equal(v2.parsed, false);
});

test('a keystroke re-parses only the chunk it touches', () => {
  const sections = Array.from({ length: 200 }, (_, i) => `## Claim: section ${i}\n\n- Evidence: e ${i}[^n]\n`).join('\n');
  const text = `${sections}\n[^n]: N.\n`;
  const first = parseDocument(text);
  const before = first.chunks;
  const at = text.indexOf('e 100');
  const next = parseDocument(text.slice(0, at) + 'x' + text.slice(at), first, [{ start: at, end: at, text: 'x' }]);
  const after = next.chunks;
  const reused = after.filter((c) => before.some((b) => b.result === c.result)).length;
  assert.ok(after.length - reused <= 3, `re-parsed ${after.length - reused} of ${after.length} chunks`);
  assert.deepEqual(analyze(next), analyzeText(next.text));
});

test('a document parsed in slices equals one parsed at once', () => {
  const text = Array.from({ length: 400 }, (_, i) => `## Claim: part ${i}\n\n- Evidence: e ${i}[^n]\n`).join('\n') + '\n[^n]: N.\n';
  const sliced = parseDocument(text);
  let slices = 0;
  while (!sliced.parseSome(() => true)) slices++;
  assert.ok(slices > 3, `only ${slices} slices`);
  assert.deepEqual(analyze(sliced), analyzeText(text));
});

test('a `---` typed far below an unclosed one at the start closes front matter: the first chunk is parsed again', () => {
  const sections = Array.from({ length: 400 }, (_, i) => `## Claim: section ${i}\n\n- Evidence: e ${i}\n`).join('\n');
  const text = `---\ntitle: t\n\n${sections}\nClaim: last\n`;
  const first = parseDocument(text);
  assert.ok(first.chunks.length > 3);
  // On a line of its own after a blank line, as the first line of a chunk far from the first.
  const at = text.indexOf('## Claim: section 300');
  const next = parseDocument(text.slice(0, at) + '---\n' + text.slice(at), first, [{ start: at, end: at, text: '---\n' }]);
  const fresh = analyzeText(next.text);
  assert.equal(fresh.nodes.some((n) => n.text === 'section 0'), false, 'sections 0–299 are front matter now');
  assert.deepEqual(analyze(next), fresh);
  // And deleting it opens the front matter again.
  const back = parseDocument(text, next, [{ start: at, end: at + 4, text: '' }]);
  assert.deepEqual(analyze(back), analyzeText(text));
});
