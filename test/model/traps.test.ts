// The traps of contract v2 ("Additions in contract v2"): `unclosed-code-block`, `label-typo` and
// empty citations. Ranges and messages are worked out by hand from the spec and the test text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeText, parseDocument, type Analysis, type DiagnosticCode } from '../../server/src/model';
import { withChunking } from '../fuzz/compare';
import { analyzeLines, codes, joinLines } from './helpers';

const at = (r: { start: { line: number; character: number }; end: { line: number; character: number } }): string =>
  `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;

/** `range severity` of every diagnostic with `code`. */
function found(a: Analysis, code: DiagnosticCode): string[] {
  return a.diagnostics.filter((d) => d.code === code).map((d) => `${at(d.range)} ${d.severity}`);
}

function messages(a: Analysis, code: DiagnosticCode): string[] {
  return a.diagnostics.filter((d) => d.code === code).map((d) => d.message);
}

const unclosed = (...lines: string[]): string[] => found(analyzeLines(lines), 'unclosed-code-block');
const typos = (...lines: string[]): string[] => found(analyzeLines(lines), 'label-typo');

describe('unclosed-code-block', () => {
  test('a fence opened mid-file swallows the footnote definitions: the warning sits on the fence', () => {
    const a = analyzeLines(['- Claim: c', '  - Evidence: e[^a]', '', '```js', 'Evidence: swallowed', '', '[^a]: A.']);
    // `- Claim: c` / `  - Evidence: e[^a]`: the call is characters 15–19 of line 1.
    assert.deepEqual(codes(a), ['unsupported-claim@1', 'uncited-evidence@2', 'undefined-footnote@2', 'unclosed-code-block@4']);
    assert.deepEqual(found(a, 'unclosed-code-block'), ['3:0-3:5 warning']);
    assert.deepEqual(found(a, 'undefined-footnote'), ['1:15-1:19 error']);
    assert.deepEqual(messages(a, 'unclosed-code-block'), [
      'This code block is never closed: everything after this line is code, to the end of the file. Close it with a line of ```.',
    ]);
  });

  test('closed fences, mid-file or on the last line, are not flagged', () => {
    assert.deepEqual(unclosed('Claim: c', '', '```', 'code', '```', '', 'Claim: d'), []);
    assert.deepEqual(unclosed('Claim: c', '', '```', 'code', '```'), []);
    assert.deepEqual(unclosed('Claim: c', '', '```', '```', ''), []);
    assert.deepEqual(unclosed('~~~~', 'code', '~~~~~'), []);
    assert.deepEqual(unclosed('```', '', '', '```'), []);
  });

  test('open to the end of the file: with content, with trailing blank lines, the opening line alone, no final line break', () => {
    assert.deepEqual(unclosed('Claim: c', '', '```', 'code', ''), ['2:0-2:3 warning']);
    assert.deepEqual(unclosed('```', 'code', '', '', ''), ['0:0-0:3 warning']);
    assert.deepEqual(unclosed('Claim: c', '', '```'), ['2:0-2:3 warning']);
    assert.deepEqual(unclosed('```', ''), ['0:0-0:3 warning']);
    assert.deepEqual(unclosed('```', '', ''), ['0:0-0:3 warning']);
  });

  test('the range runs from the fence (after its indentation) to the end of the opening line, info string included', () => {
    assert.deepEqual(unclosed('  ```ts title', 'code'), ['0:2-0:13 warning']);
  });

  test('a fence is closed only by a fence of the same character and at least its length', () => {
    assert.deepEqual(unclosed('~~~~', 'code', '~~~'), ['0:0-0:4 warning']);
    assert.deepEqual(unclosed('````', 'code', '```'), ['0:0-0:4 warning']);
    assert.deepEqual(unclosed('```', 'code', '~~~'), ['0:0-0:3 warning']);
    // Indented four spaces, a fence is content, not a closing fence.
    assert.deepEqual(unclosed('```', 'code', '    ```'), ['0:0-0:3 warning']);
  });

  test('in a list item or a block quote, when it runs to the end of the file', () => {
    assert.deepEqual(unclosed('- Claim: c', '  ```', '  code'), ['1:2-1:5 warning']);
    assert.deepEqual(unclosed('> ```', '> code', '>'), ['0:2-0:5 warning']);
    assert.deepEqual(unclosed('> ```', '> code'), ['0:2-0:5 warning']);
    assert.deepEqual(unclosed('> ```', '> code', '> ```'), []);
    assert.deepEqual(unclosed('- ```', '  code', '  ```'), []);
  });

  test('a fence that its list item or block quote ends before the end of the file is not flagged', () => {
    const a = analyzeLines(['- ```', '  code', 'Claim: after [it](https://example.com)', '', 'Evidence: e']);
    assert.deepEqual(found(a, 'unclosed-code-block'), []);
    assert.equal(a.nodes[0].text, 'after it');
    assert.deepEqual(unclosed('> ```', '> code', '', 'Claim: after'), []);
  });

  test('CRLF and CR line endings', () => {
    for (const eol of ['\r\n', '\r']) {
      assert.deepEqual(found(analyzeText(['```', 'code', '```', ''].join(eol)), 'unclosed-code-block'), [], JSON.stringify(eol));
      assert.deepEqual(found(analyzeText(['> ```', '> code', '> ```'].join(eol)), 'unclosed-code-block'), [], JSON.stringify(eol));
      assert.deepEqual(found(analyzeText(['Claim: c', '', '```', 'code', ''].join(eol)), 'unclosed-code-block'), ['2:0-2:3 warning'], JSON.stringify(eol));
    }
  });

  test('an indented code block has no fence to close', () => {
    assert.deepEqual(unclosed('Claim: c', '', '    code', '    more'), []);
  });

  test('raw HTML blocks of the kinds that wait for their end (comment, script, pre, style, textarea, <?, <!X, CDATA)', () => {
    const a = analyzeLines(['Claim: c', '', '<!-- a note', '', 'Claim: hidden']);
    assert.deepEqual(found(a, 'unclosed-code-block'), ['2:0-2:11 warning']);
    assert.deepEqual(messages(a, 'unclosed-code-block'), [
      'This HTML block is never closed: everything after this line is HTML code, not Markdown, to the end of the file. Close it with -->.',
    ]);
    assert.equal(a.nodes.length, 1);
    assert.match(messages(analyzeLines(['<script type="x">', 'x']), 'unclosed-code-block')[0], /Close it with <\/script>\.$/);
    assert.match(messages(analyzeLines(['<Textarea>', 'x']), 'unclosed-code-block')[0], /Close it with <\/textarea>\.$/);
    assert.match(messages(analyzeLines(['<?php', 'x']), 'unclosed-code-block')[0], /Close it with \?>\.$/);
    assert.match(messages(analyzeLines(['<![CDATA[', 'x']), 'unclosed-code-block')[0], /Close it with \]\]>\.$/);
    assert.match(messages(analyzeLines(['<!DOCTYPE', 'x']), 'unclosed-code-block')[0], /Close it with >\.$/);
    assert.deepEqual(unclosed('   <!--'), ['0:3-0:7 warning']);
  });

  test('closed HTML blocks, and HTML blocks that end at a blank line, are not flagged', () => {
    assert.deepEqual(unclosed('<!-- a -->'), []);
    assert.deepEqual(unclosed('<!--', 'a', '-->'), []);
    assert.deepEqual(unclosed('<pre>', 'a', '</pre>'), []);
    // A `</pre>` closes a `<script>` block too (CommonMark's end condition 1).
    assert.deepEqual(unclosed('<script>', 'a', '</pre>'), []);
    assert.deepEqual(unclosed('<div>', 'Claim : x'), []);
  });

  test('whatever the chunking: cut at every safe line, default chunks, one chunk, and with footnotes defined in other chunks', () => {
    const filler = Array.from({ length: 80 }, (_, i) => `- Claim: claim number ${i} with a source[^a]\n  - Evidence: e[^a]\n`).join('\n');
    const texts = [
      `${filler}\n[^a]: A.\n\n\`\`\`\nClaim: swallowed\n\n- Evidence: swallowed\n\n[^b]: B.\n`,
      `${filler}\n\`\`\`\ncode\n\`\`\`\n\n[^a]: A.\n`,
      `[^a]: A.\n\n${filler}\n- Evidence: last[^a]\n  \`\`\`\n  code\n`,
      `${filler}\n<!--\n\n${filler}`,
      // Its list item ends the fence before the file does: cut there, it must not look open.
      `${filler}\n- \`\`\`\n  code\n\nClaim: after\n`,
    ];
    for (const text of texts) {
      const whole = withChunking({ min: 1e9, max: 1e9 }, () => analyzeText(text));
      const fine = withChunking({ min: 0, max: 0 }, () => analyzeText(text));
      const normal = analyzeText(text);
      assert.deepEqual(fine.diagnostics, whole.diagnostics);
      assert.deepEqual(normal.diagnostics, whole.diagnostics);
    }
    const lines = filler.split('\n').length - 1;
    const open = analyzeText(texts[0]);
    assert.deepEqual(found(open, 'unclosed-code-block'), [`${lines + 3}:0-${lines + 3}:3 warning`]);
    assert.deepEqual(found(analyzeText(texts[1]), 'unclosed-code-block'), []);
    assert.deepEqual(found(analyzeText(texts[2]), 'unclosed-code-block'), [`${lines + 4}:2-${lines + 4}:5 warning`]);
    assert.deepEqual(found(analyzeText(texts[3]), 'unclosed-code-block'), [`${lines + 1}:0-${lines + 1}:4 warning`]);
    assert.deepEqual(found(analyzeText(texts[4]), 'unclosed-code-block'), []);
  });

  test('an edit that opens, then closes, a fence mid-file gives what a fresh parse gives', () => {
    const text = joinLines('- Claim: c', '  - Evidence: e[^a]', '', 'Para.', '', '```', 'code', '```', '', '[^a]: A.', '');
    for (const min of [0, 1024]) {
      withChunking({ min, max: 16384 }, () => {
        const first = parseDocument(text);
        void first.chunks;
        const closing = text.lastIndexOf('```');
        const opened = text.slice(0, closing) + text.slice(closing + 3);
        const second = parseDocument(opened, first, [{ start: closing, end: closing + 3, text: '' }]);
        const a = analyze(second);
        assert.deepEqual(a, analyzeText(opened));
        assert.deepEqual(found(a, 'unclosed-code-block'), ['5:0-5:3 warning']);
        const third = parseDocument(text, second, [{ start: closing, end: closing, text: '```' }]);
        assert.deepEqual(found(analyze(third), 'unclosed-code-block'), []);
        assert.deepEqual(analyze(third), analyzeText(text));
      });
    }
  });
});

describe('label-typo', () => {
  test('a space before the colon', () => {
    const a = analyzeLines(['Claim : Fares should fall.']);
    assert.deepEqual(found(a, 'label-typo'), ['0:0-0:7 information']);
    assert.deepEqual(messages(a, 'label-typo'), [
      '“Claim :” is not a label (a space before the colon), so this paragraph stays prose. Did you mean the claim label “Claim:”?',
    ]);
    assert.equal(a.nodes.length, 0);
    assert.deepEqual(typos('Evidence\t: tabbed'), ['0:0-0:10 information']);
    assert.deepEqual(typos('**Claim :** x'), ['0:0-0:11 information']);
    assert.deepEqual(typos('**Claim** : x'), ['0:0-0:11 information']);
  });

  test('a plural on a list item or a heading', () => {
    const a = analyzeLines(['- Claims: Fares should fall.', '', '## Claims: Fares should fall', '', '- **Sources:** the survey']);
    assert.deepEqual(found(a, 'label-typo'), ['0:2-0:9 information', '2:3-2:10 information', '4:2-4:14 information']);
    assert.deepEqual(messages(a, 'label-typo'), [
      '“Claims:” is not a label (a plural), so this list item stays prose. Did you mean the claim label “Claim:”?',
      '“Claims:” is not a label (a plural), so this heading stays prose. Did you mean the claim label “Claim:”?',
      '“**Sources:**” is not a label (a plural), so this list item stays prose. Did you mean the evidence label “**Source:**”?',
    ]);
  });

  test('single emphasis, colon inside or after', () => {
    const a = analyzeLines(['*Claim:* x', '', '*Claim*: x', '', '_Evidence:_ x']);
    assert.deepEqual(found(a, 'label-typo'), ['0:0-0:8 information', '2:0-2:8 information', '4:0-4:11 information']);
    assert.deepEqual(messages(a, 'label-typo')[0], '“*Claim:*” is not a label (single emphasis), so this paragraph stays prose. Did you mean the claim label “**Claim:**”?');
  });

  test('no space after a bold label', () => {
    const a = analyzeLines(['**Claim:**Fares should fall.', '', '__Objection:__too dear']);
    assert.deepEqual(found(a, 'label-typo'), ['0:0-0:10 information', '2:0-2:14 information']);
    assert.deepEqual(messages(a, 'label-typo')[0], '“**Claim:**” is not a label (no space after the bold label), so this paragraph stays prose. Did you mean the claim label “**Claim:**” with a space after it?');
    assert.equal(a.nodes.length, 0);
  });

  test('every label and alias of the spec, with the kind it would be', () => {
    const words: [string, string, string][] = [
      ['Claim', 'Claims', 'claim'], ['Thesis', 'Theses', 'claim'], ['Reason', 'Reasons', 'claim'],
      ['Evidence', 'Evidences', 'evidence'], ['Data', 'Datas', 'evidence'], ['Source', 'Sources', 'evidence'],
      ['Challenge', 'Challenges', 'challenge'], ['Objection', 'Objections', 'challenge'], ['Rebuttal', 'Rebuttals', 'challenge'], ['Counter', 'Counters', 'challenge'],
    ];
    for (const [word, plural, kind] of words) {
      const a = analyzeLines([`${word} : x`, '', `- ${plural}: x`, '', `*${word}:* x`, '', `**${word}:**x`]);
      const n = word.length;
      assert.deepEqual(found(a, 'label-typo'), [`0:0-0:${n + 2} information`, `2:2-2:${plural.length + 3} information`, `4:0-4:${n + 3} information`, `6:0-6:${n + 5} information`], word);
      for (const m of messages(a, 'label-typo')) assert.match(m, new RegExp(`the ${kind} label “(\\*\\*)?${word}:`), word);
    }
  });

  test('the label keeps the case it was written in; block quotes are transparent; setext headings count', () => {
    const a = analyzeLines(['- SOURCES: the survey', '', '> Reason : x', '', 'Thesis : x', '======']);
    assert.deepEqual(found(a, 'label-typo'), ['0:2-0:10 information', '2:2-2:10 information', '4:0-4:8 information']);
    assert.match(messages(a, 'label-typo')[0], /label “SOURCE:”/);
  });

  test('a labelled paragraph later in a list item is checked as a paragraph; the item’s own first paragraph only once', () => {
    const a = analyzeLines(['- Claim : x', '', '  Evidence : y', '', '  Sources: z']);
    assert.deepEqual(found(a, 'label-typo'), ['0:2-0:9 information', '2:2-2:12 information']);
  });

  test('must not fire: real labels, prose that merely starts with the word, links, mid-sentence', () => {
    const a = analyzeLines([
      '- Claim: x',
      '  - **Evidence:** y[^a]',
      '  - **Source**: z[^a]',
      '  - Data:w[^a]',
      '',
      'Claims made by the council are often wrong.',
      '',
      '[Claim: x](https://example.com) is a link.',
      '',
      'The claim: fares fall.',
      '',
      'Claimant: x',
      '',
      'Reasoning : x',
      '',
      'Note : x',
      '',
      '- Thesiss: not the plural of thesis',
      '',
      '*Claim: a whole italic paragraph*',
      '',
      '\\*Claim:\\* escaped',
      '',
      '[^a]: A.',
    ]);
    assert.deepEqual(found(a, 'label-typo'), []);
    assert.equal(a.nodes.length, 4);
  });

  test('must not fire: a plural paragraph introducing a list, a plural with no text after it, a plural paragraph', () => {
    assert.deepEqual(typos('Sources:', '', '- a', '- b'), []);
    assert.deepEqual(typos('Sources:', '- a'), []);
    assert.deepEqual(typos('Claims: x'), []);
    assert.deepEqual(typos('- Claim: c', '  - Sources:', '    - Evidence: e'), []);
    assert.deepEqual(typos('## Sources:', '', 'x'), []);
  });

  test('must not fire: code, inline code, HTML (block and inline), tables, front matter, footnote definitions', () => {
    assert.deepEqual(typos('```', 'Claim : x', '- Claims: y', '```'), []);
    assert.deepEqual(typos('    Claim : x'), []);
    assert.deepEqual(typos('`Claim :` x'), []);
    assert.deepEqual(typos('<div>', 'Claim : x', '</div>'), []);
    assert.deepEqual(typos('<b>Claim :</b> x'), []);
    assert.deepEqual(typos('| Claim : x | Claims: y |', '| --- | --- |', '| *Claim:* z | **Claim:**w |'), []);
    assert.deepEqual(typos('---', 'Claim : x', '---', '', 'Claim: y'), []);
    assert.deepEqual(typos('Claim: y[^n]', '', '[^n]: Claim : x'), []);
  });
});

describe('empty citations', () => {
  const evidence = (definition: string): string[] => codes(analyzeLines(['- Claim: c', '  - Evidence: e[^a]', '', definition]));

  test('a footnote whose definition is empty or only the placeholder cites nothing (and is still defined)', () => {
    assert.deepEqual(evidence('[^a]: …'), ['unsupported-claim@1', 'uncited-evidence@2']);
    assert.deepEqual(evidence('[^a]:'), ['unsupported-claim@1', 'uncited-evidence@2']);
    assert.deepEqual(evidence('[^a]:   …  '), ['unsupported-claim@1', 'uncited-evidence@2']);
    assert.deepEqual(evidence('[^a]: ...'), ['unsupported-claim@1', 'uncited-evidence@2']);
  });

  test('a definition that says something cites; so does a link beside an empty footnote', () => {
    assert.deepEqual(evidence('[^a]: A survey, 2024.'), []);
    assert.deepEqual(evidence('[^a]: … see page 4'), []);
    assert.deepEqual(codes(analyzeLines(['- Claim: c', '  - Evidence: e[^a] [survey](https://example.com)', '', '[^a]: …'])), []);
  });
});
