// A top-level fence left open at a cut: its inside, to the closing fence, is a chunk of its
// own that remark never sees (`Chunk.inCode`, parse/chunk.ts), an update re-makes it from the
// chunk that opens the fence and never rejoins the old chunks at one, and closing a fence just
// opened takes back the results the opening dropped (parse/recent.ts). Chunk starts are worked
// out by hand with a cut at every safe line (`chunking.min` 0).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, chunking, parseDocument, type ParsedDocument } from '../../server/src/model';

/** Lines 0–12: two headings and a paragraph above an existing code block, a heading below it. */
const LINES = ['# Claim: first', '', 'Some text above.', '', '# Claim: second', '', 'Text two.', '', '```text', 'code', '```', '', '# Claim: third', ''];
const TEXT = LINES.join('\n');

/** Offset of the start of line `n` of `text`. */
function lineStart(text: string, n: number): number {
  let at = 0;
  for (let i = 0; i < n; i++) at = text.indexOf('\n', at) + 1;
  return at;
}

function fine<T>(f: () => T): T {
  const saved = chunking.min;
  chunking.min = 0;
  try {
    return f();
  } finally {
    chunking.min = saved;
  }
}

/** Replaces [start, end) with `insert`; the new parse, and the texts of the chunks given to remark for it. */
function change(doc: ParsedDocument, start: number, end: number, insert: string): { next: ParsedDocument; parsed: string[] } {
  const kept = new Set(doc.chunks.map((c) => c.result));
  const text = doc.text.slice(0, start) + insert + doc.text.slice(end);
  const next = parseDocument(text, doc, [{ start, end, text: insert }]);
  return { next, parsed: next.chunks.filter((c) => !c.inCode && !kept.has(c.result)).map((c) => c.text) };
}

/** The document with a fence opened on line 1 (the blank line under the first heading). */
function opened(): { base: ParsedDocument; doc: ParsedDocument; parsed: string[] } {
  const base = parseDocument(TEXT);
  void base.chunks;
  const at = lineStart(TEXT, 1);
  return { base, ...renamed(change(base, at, at, '```\n')) };
}

function renamed(r: { next: ParsedDocument; parsed: string[] }): { doc: ParsedDocument; parsed: string[] } {
  return { doc: r.next, parsed: r.parsed };
}

test('a fence opened under a heading: the chunk that opens it, its inside to the closing fence (never parsed), then the rest', () =>
  fine(() => {
    const { doc, parsed } = opened();
    // New lines: 1 ```, 2 blank, 3 Some text…, 9 ```text (code now), 11 ``` closes it, 13 the third heading.
    // Cuts: line 1 (after a heading), 3 (after a blank line: inside the fence, so the head ends
    // there and the inside runs to line 12, after the closing fence), 13 (after a blank line).
    assert.deepEqual(
      doc.chunks.map((c) => [c.line, c.inCode ?? false]),
      [
        [0, false],
        [1, false],
        [3, true],
        [12, false],
        [13, false],
      ],
    );
    // The heading's chunk (it lost its blank line), the fence's, the blank line after the
    // closing fence; the third heading's chunk is the old one, moved.
    assert.deepEqual(parsed, ['# Claim: first\n', '```\n\n', '\n']);
    assert.deepEqual(analyze(doc), analyzeText(doc.text));
    assert.deepEqual(
      analyze(doc).nodes.map((n) => n.text),
      ['first', 'third'],
    );
  }));

test('typing inside the fence parses only the chunk that opens it', () =>
  fine(() => {
    const { doc } = opened();
    const at = lineStart(doc.text, 8); // `Text two.`, code now
    const { next, parsed } = change(doc, at, at, 'x');
    assert.deepEqual(parsed, ['```\n\n']);
    assert.deepEqual(analyze(next), analyzeText(next.text));
  }));

test('a closing fence typed inside: the walk starts at the chunk that opens the fence, and the text after it is parsed as Markdown', () =>
  fine(() => {
    const { doc } = opened();
    const at = lineStart(doc.text, 6); // the blank line after `# Claim: second`
    const { next } = change(doc, at, at, '```\n');
    assert.deepEqual(analyze(next), analyzeText(next.text));
    assert.deepEqual(
      analyze(next).nodes.map((n) => n.text),
      ['first', 'third'],
    );
    const at2 = lineStart(doc.text, 4); // the blank line after `Some text above.`
    const { next: next2 } = change(doc, at2, at2, '```\n');
    assert.deepEqual(
      analyze(next2).nodes.map((n) => n.text),
      ['first', 'second', 'third'],
    );
    assert.deepEqual(analyze(next2), analyzeText(next2.text));
  }));

test('closing a fence just opened takes back the results the opening dropped', () =>
  fine(() => {
    const { base, doc } = opened();
    const at = lineStart(doc.text, 4); // the blank line after `Some text above.`
    const { next } = change(doc, at, at, '```\n');
    const seen = new Set([...base.chunks, ...doc.chunks].map((c) => c.result));
    const parsed = next.chunks.filter((c) => !c.inCode && !seen.has(c.result)).map((c) => c.text);
    // Lines now: 1 ``` … 4 ``` closes it; 5 blank, 6 second heading, 8 Text two., 10 the old code
    // block, 14 the third heading. Given to remark: the fence's chunk and the blank line after it;
    // the second heading's, the paragraph's and the old code block's chunks are the first parse's.
    assert.deepEqual(parsed, ['```\n\n', '\n']);
    const first = new Map(base.chunks.map((c) => [c.text, c.result]));
    const back = next.chunks.filter((c) => c.line >= 6 && c.line < 14);
    assert.deepEqual(
      back.map((c) => c.text),
      ['# Claim: second\n\n', 'Text two.\n\n', '```text\ncode\n```\n\n'],
    );
    for (const c of back) assert.equal(c.result, first.get(c.text), c.text);
    assert.deepEqual(analyze(next), analyzeText(next.text));
  }));

test('the opening fence deleted again: no old chunk is rejoined at the place where the fence\'s inside began', () =>
  fine(() => {
    const { doc } = opened();
    const at = lineStart(doc.text, 1);
    // Back to the first text: the old inside (line 3) now starts at `Some text above.`, a cut;
    // its chunk held code, so the walk goes on and parses the headings below as Markdown.
    const { next } = change(doc, at, at + 4, '');
    assert.equal(next.text, TEXT);
    assert.ok(!next.chunks.some((c) => c.inCode));
    assert.deepEqual(
      analyze(next).nodes.map((n) => n.text),
      ['first', 'second', 'third'],
    );
    assert.deepEqual(analyze(next), analyzeText(next.text));
  }));

test('a fence open to the end of the file: its inside is the last chunk and reports it unclosed at the opening line', () =>
  fine(() => {
    const text = '# Claim: a\n\n```\ncode\n\nafter\n';
    const doc = parseDocument(text);
    // Cuts: line 2 (after a blank line), line 5 (after a blank line, inside the fence): the
    // inside runs from line 5 to the end.
    assert.deepEqual(
      doc.chunks.map((c) => [c.line, c.inCode ?? false]),
      [
        [0, false],
        [2, false],
        [5, true],
      ],
    );
    const unclosed = analyze(doc).diagnostics.filter((d) => d.code === 'unclosed-code-block');
    assert.deepEqual(
      unclosed.map((d) => d.range),
      [{ start: { line: 2, character: 0 }, end: { line: 2, character: 3 } }],
    );
  }));

test('a fence closed on the file’s last line, without a line ending: its inside ends at the end of the file and is closed', () =>
  fine(() => {
    const text = '# Claim: a\n\n```\ncode\n\nafter\n```';
    const doc = parseDocument(text);
    // Cuts as above: line 2, and line 5 inside the fence; the inside runs to the end, where the
    // fence on line 6 closes it (CommonMark: a closing fence needs no line ending).
    assert.deepEqual(
      doc.chunks.map((c) => [c.line, c.inCode ?? false]),
      [
        [0, false],
        [2, false],
        [5, true],
      ],
    );
    assert.equal(doc.chunks[2].text, 'after\n```');
    assert.deepEqual(
      analyze(doc).diagnostics.filter((d) => d.code === 'unclosed-code-block'),
      [],
    );
    assert.deepEqual(analyze(doc), analyzeText(text));
  }));

test('a fence left open at a cut ends after its closing line, and the chunk after it starts there', () =>
  fine(() => {
    const text = '# Claim: a\n\n```\ncode\n\n~~~\n````\n# Claim: b\n';
    const doc = parseDocument(text);
    // Line 5 `~~~` is another character and does not close it; line 6 (four backticks) does.
    // The inside is lines 5–6; the heading on line 7 is a chunk of its own, parsed.
    assert.deepEqual(
      doc.chunks.map((c) => [c.line, c.inCode ?? false]),
      [
        [0, false],
        [2, false],
        [5, true],
        [7, false],
      ],
    );
    assert.deepEqual(
      analyze(doc).nodes.map((n) => n.text),
      ['a', 'b'],
    );
  }));
