// A corpus nobody here wrote: every example of the CommonMark spec (the commonmark-spec
// package), and GFM's tables, footnotes, strikethrough, task lists and autolinks, each as-is
// and wrapped in argument labels. No throw, every range inside the document, the invariants
// of an analysis, no node from code, HTML or tables (checked against a whole-document remark
// parse), and the chunked parse equal to the whole-document one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { analyzeText, analyze, parseDocument } from '../../server/src/model';
import { checkAll } from './invariants';
import { checkNoForbiddenNodes } from './reference';
import { options, sameAsWhole } from './oracles';
import { assertSameAnalysis, withChunking } from './compare';
import { apply } from './generators';

// Loaded at run time, not bundled: the package reads its spec.txt from its own folder.
const spec = createRequire(__filename)('commonmark-spec') as { tests: { markdown: string; section: string; number: number }[] };

/** The spec shows tabs as → (its own test runner replaces them the same way). */
const examples = spec.tests.map((t) => ({ name: `CommonMark example ${t.number} (${t.section})`, text: t.markdown.replace(/→/g, '\t') }));

/** GFM's extensions, written for this suite. */
const GFM = [
  '| Claim: a | b |\n| --- | :-: |\n| Evidence: c [^1] | d |\n\n[^1]: a note',
  '| a \\| b | c |\n|---|---|\n| `Claim: x \\| y` | **Evidence:** z |',
  'Claim: x\n| a | b |\n| - | - |\n| 1 | 2 |\n- Evidence: after a table [s](https://e.org)',
  '| only a header |\n| --- |',
  '|a|\n|-|\n|b\n- Claim: a list interrupts the table',
  'Claim: text with a note[^long].\n\n[^long]: First paragraph.\n\n    Second paragraph with `code`.\n\n    - Evidence: a list inside the note',
  '[^a]: Evidence: a definition is never a node [^b]\n[^b]: nested call\n\nClaim: uses [^a] and [^missing]',
  'Claim: ~~struck~~ and ~single~ and ~~~ not a fence',
  '- [ ] Claim: an open task\n- [x] Evidence: a done task https://example.com\n  - [ ] Counter: a nested task',
  'Claim: www.example.com, https://example.com/a_(b), user@example.com and <https://x.org>',
  'Evidence: a bare URL https://example.com/path?q=1#frag. Ends here',
  '> Claim: quoted\n> | a | b |\n> | - | - |\n> | Claim: cell | x |',
  '1. Claim: ordered\n   | x | y |\n   |---|---|\n   | Evidence: in a table in an item | 2 |',
  'Claim: a footnote call at the end[^x]\n\n[^x]:\n    Indented first line of a note',
  '<table><tr><td>Claim: in HTML</td></tr></table>\n\nClaim: after HTML',
];

/** Each text as-is, each line labelled, the whole under a labelled list item, and each line an item. */
function variants(text: string): [string, string][] {
  const lines = text.split('\n');
  return [
    ['as-is', text],
    ['labelled lines', lines.map((l) => (l === '' ? l : `Claim: ${l}`)).join('\n')],
    ['in a labelled item', `- Claim: parent\n\n${lines.map((l) => (l === '' ? l : `  ${l}`)).join('\n')}`],
    ['lines as items', lines.map((l) => (l === '' ? l : `- Evidence: ${l}`)).join('\n')],
  ];
}

/** Strict chunked = whole: no text of the corpus is set aside for remark's ordered-list quirk. */
function checkDocument(text: string): void {
  const a = analyzeText(text, options);
  checkAll(text, a);
  checkNoForbiddenNodes(text, a.nodes);
  sameAsWhole(text, { min: 0, max: 0 }, true);
}

describe('corpus: CommonMark spec examples and GFM forms', () => {
  it(`has the spec's examples (${examples.length})`, () => {
    assert.ok(examples.length >= 600, `only ${examples.length} examples`);
  });

  const all = [...examples, ...GFM.map((text, i) => ({ name: `GFM form ${i + 1}`, text }))];
  it(`${all.length} documents × 4 forms: no throw, invariants, no node from code/HTML/tables, chunked = whole`, () => {
    for (const ex of all) {
      for (const [form, text] of variants(ex.text)) {
        try {
          checkDocument(text);
        } catch (e) {
          throw new Error(`${ex.name}, ${form}: ${JSON.stringify(text)}\n${(e as Error).message}`);
        }
      }
    }
  });

  it('the whole corpus as one document, cut into chunks, equals its whole-document parse', () => {
    const text = all.map((e) => e.text).join('\n\n');
    const a = analyzeText(text, options);
    checkAll(text, a);
    checkNoForbiddenNodes(text, a.nodes);
    sameAsWhole(text, { min: 0, max: 0 }, true);
    sameAsWhole(text, { min: 256, max: 2048 }, true);
  });

  it('typing the corpus in, example by example, keeps incremental equal to full', () => {
    withChunking({ min: 64, max: 512 }, () => {
      let text = '';
      let parsed = parseDocument(text);
      for (const [i, ex] of all.entries()) {
        // Insert each example before the last one typed, as someone filling in a document.
        const at = i % 3 === 0 ? text.length : Math.max(0, text.lastIndexOf('\n\n'));
        const edit = { start: at, end: at, text: `\n\n${ex.text}\n` };
        text = apply(text, edit);
        parsed = parseDocument(text, parsed, [edit]);
        if (i % 25 === 24 || i === all.length - 1) {
          assertSameAnalysis(analyze(parsed, options), analyzeText(text, options), `after example ${i + 1}`);
        }
      }
    });
  });
});
