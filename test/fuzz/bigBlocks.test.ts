// (c') Incremental equals full next to big blocks: a table, a pasted paragraph or a big list
// item far larger than a chunk gets a chunk of its own (cuts.ts), and an edit beside it keeps
// that chunk unless the edit joins the two. Random edit sequences around the block's edges
// must still give a fresh parse's analysis; and an edit that cannot join anything to the
// block (letters typed inside another line) must keep the block's parse.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze, analyzeText, parseDocument, type ParsedDocument } from '../../server/src/model';
import { INSERTS, argDoc } from './generators';
import { assertSameAnalysis } from './compare';
import { check, runs } from './config';

/** Just over a chunk's maximum (16 KB): a piece that gets a chunk of its own. */
const BLOCK_SIZE = 17_000;

const bigBlock = fc.constantFrom('table', 'paragraph', 'item', 'quote').map((kind) => {
  const line = (i: number) =>
    kind === 'table' ? `| row ${i} | 3${i}% |` : kind === 'item' ? `  line ${i} of an item` : kind === 'quote' ? `> line ${i} quoted` : `line ${i} of prose`;
  const head = kind === 'table' ? '| a | b |\n| - | - |\n' : kind === 'item' ? '- Evidence: big\n' : '';
  let body = head;
  for (let i = 0; body.length < BLOCK_SIZE; i++) body += `${line(i)}\n`;
  return body.slice(0, -1);
});

/** Small safe lines around the block (no fence or HTML that could swallow it). */
const safeLine = fc.constantFrom('## Claim: h', 'Claim: p', '- Evidence: e', '  - Reason: r [t](#a)', '> quoted', 'text[^n1]', '[^n1]: note', '1. Reason: one');
const safeLines = fc.array(fc.tuple(safeLine, fc.boolean()), { minLength: 1, maxLength: 8 }).map((ls) => ls.map(([l, blank]) => (blank ? `${l}\n` : l)).join('\n'));

interface Layout {
  text: string;
  /** Where the block starts and ends in `text`. */
  start: number;
  end: number;
}

/**
 * `before`, a blank line, the block, then `after`: right below (an item interrupts the block)
 * or after a blank line and an unindented line (an indented one may continue the block's piece).
 */
function layout(before: string, block: string, tight: boolean, after: string): Layout {
  const head = `${before}\n\n`;
  const tail = tight ? `\n- Evidence: below\n${after}` : `\n\nClaim: after\n${after}`;
  return { text: head + block + tail, start: head.length, end: head.length + block.length };
}

const nearEdge = fc.record({
  edge: fc.boolean(),
  offset: fc.integer({ min: -120, max: 120 }),
  del: fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 6 })),
  ins: fc.oneof(fc.constantFrom(...INSERTS), fc.constant(''), fc.constantFrom('|', '| c |', '\n|', 'x')),
});

describe('fuzz: edits beside a big block', () => {
  it(`give the analysis of a fresh parse (${runs(40)} sessions)`, () => {
    const session = fc.record({
      before: fc.oneof(safeLines, argDoc),
      block: bigBlock,
      tight: fc.boolean(),
      after: fc.oneof(safeLines, argDoc),
      edits: fc.array(nearEdge, { minLength: 1, maxLength: 4 }),
    });
    check('edits beside a big block', session, (s) => {
      let { text, start, end } = layout(s.before, s.block, s.tight, s.after);
      let doc: ParsedDocument = parseDocument(text);
      void doc.chunks;
      for (const e of s.edits) {
        const at = Math.max(0, Math.min(text.length, (e.edge ? end : start) + e.offset));
        const to = Math.min(text.length, at + e.del);
        text = text.slice(0, at) + e.ins + text.slice(to);
        const delta = e.ins.length - (to - at);
        if (at < start) start = Math.max(at, start + delta);
        if (at < end) end = Math.max(at, end + delta);
        doc = parseDocument(text, doc, [{ start: at, end: to, text: e.ins }]);
        assertSameAnalysis(analyze(doc), analyzeText(text), `after inserting ${JSON.stringify(e.ins)} at ${at}`);
      }
    }, 40);
  });

  it(`keep the block's parse when letters are typed in another line (${runs(40)} cases)`, () => {
    const cases = fc.record({ before: safeLines, block: bigBlock, tight: fc.boolean(), after: safeLines, line: fc.nat(), column: fc.nat(), letters: fc.stringMatching(/^[a-z]{1,3}$/) });
    check('letters beside a big block keep it', cases, (c) => {
      const { text, start, end } = layout(c.before, c.block, c.tight, c.after);
      // A line outside the block with at least two characters, and a place after its second:
      // typing there keeps the line's kind (item, heading, quote) and joins nothing.
      const lines: [number, number][] = [];
      for (let pos = 0; pos < text.length; ) {
        const eol = text.indexOf('\n', pos) < 0 ? text.length : text.indexOf('\n', pos);
        if (eol - pos >= 2 && (eol < start || pos > end)) lines.push([pos, eol]);
        pos = eol + 1;
      }
      const [from, to] = lines[c.line % lines.length];
      const at = from + 2 + (c.column % (to - from - 1));
      const doc = parseDocument(text);
      const blockChunk = doc.chunks.find((ch) => ch.start <= start + 1 && ch.start + ch.text.length > start + 1);
      const nextText = text.slice(0, at) + c.letters + text.slice(at);
      const next = parseDocument(nextText, doc, [{ start: at, end: at, text: c.letters }]);
      assert.ok(blockChunk && next.chunks.some((ch) => ch.result === blockChunk.result), `the block's chunk was parsed again after typing at ${at}`);
      assertSameAnalysis(analyze(next), analyzeText(nextText), 'after typing');
    }, 40);
  });
});
