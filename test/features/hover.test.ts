// Hover, from Markdown text to the LSP payload. Expected texts follow the spec's "Hover on
// a node" (kind, status, evidence with each figure's source, open challenges) in the
// project's layout (docs), every piece of the file escaped as Markdown.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hover, hoverFiles } from '../../server/src/features/hover';
import type { Analysis } from '../../server/src/model';
import { analysisOf, joinLines, withCursor } from './text';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

interface Options {
  path?: string;
  files?: Record<string, string>;
  /** Other files' analyses handed to the hover (as the server loads them). */
  others?: Record<string, Analysis>;
  markdown?: boolean;
}

function hoverAt(marked: string, options: Options = {}) {
  const { text, position } = withCursor(marked);
  const analysis = analysisOf(text, options.path, options.files);
  return hover(analysis, position, (p) => options.others?.[p], options.markdown ?? true);
}

const valueAt = (marked: string, options?: Options) => (hoverAt(marked, options)?.contents as { value: string } | undefined)?.value;

/** A claim with two pieces of evidence (one cited, with two figures) and two challenges, one answered. */
const EXPORTS = [
  'Claim: Exports grew 35% to $1.2 billion.',
  '',
  '- Evidence: Exports grew 35%[^a] to $1.2 billion[^b].',
  '- Evidence: Everyone says so.[^z]',
  '- Challenge: The base year was odd.',
  '- Challenge: Prices fell.',
  '  - Rebuttal: They did not.',
  '',
  '[^a]: Customs, table 1.',
  '[^b]: Customs, table 2.',
];

/** EXPORTS with the cursor put at `column` of line `line`. */
function exportsAt(line: number, column: number): string {
  const lines = [...EXPORTS];
  lines[line] = lines[line].slice(0, column) + '$$CURSOR$$' + lines[line].slice(column);
  return joinLines(...lines);
}

describe('hover on a node', () => {
  it('gives kind, status, each evidence with its figures and the source each comes from, and open challenges', () => {
    assert.equal(
      valueAt(exportsAt(0, 9)),
      joinLines(
        '**Claim** · supported · contested',
        '',
        // The claim's own figures: each stated by the cited evidence on line 3, with the source after it.
        'Figures:',
        '',
        '- **35%**: stated on line 3 · \\[^a\\] Customs, table 1.',
        '- **\\$1.2 billion**: stated on line 3 · \\[^b\\] Customs, table 2.',
        '',
        'Evidence:',
        '',
        // The node's text: footnote markers dropped, `$` escaped.
        '- Exports grew 35% to \\$1.2 billion. · cited',
        '  - **35%**: \\[^a\\] Customs, table 1.',
        '  - **\\$1.2 billion**: \\[^b\\] Customs, table 2.',
        '- Everyone says so. · uncited',
        // A footnote with no definition cites nothing; the hover says so.
        '  - source: \\[^z\\] (undefined footnote)',
        '',
        'Open challenges:',
        '',
        '- The base year was odd.',
      ),
    );
  });

  it('covers the node from its label to the end of its line', () => {
    assert.deepEqual(hoverAt(exportsAt(4, 20))?.range, range(4, 2, 4, 35));
    assert.equal(hoverAt(exportsAt(7, 0)), null);
  });

  it('answers in plain text for a client without Markdown', () => {
    const answer = hoverAt(exportsAt(4, 20), { markdown: false });
    assert.deepEqual(answer?.contents, { kind: 'plaintext', value: 'Challenge · unsupported' });
  });

  it('names a figure with no citation after it by the last one before it, and evidence without figures by its sources', () => {
    const text = (cursorLine: number) => {
      const lines = ['Evidence: Per [^a], 9,200 firms.', '', 'Evidence: See [the site](https://example.org/x).', '', 'Evidence: It names 4,100 firms.', '', '[^a]: Registry.'];
      lines[cursorLine] = `Evi$$CURSOR$$${lines[cursorLine].slice(3)}`;
      return joinLines(...lines);
    };
    assert.equal(valueAt(text(0)), '**Evidence** · cited\n\n- **9,200 firms**: \\[^a\\] Registry.');
    assert.equal(valueAt(text(2)), '**Evidence** · cited\n\n- source: [https\\://example.org/x](https://example.org/x)');
    assert.equal(valueAt(text(4)), '**Evidence** · uncited\n\n- **4,100 firms**: no source');
  });
});

describe('hover on a claim: its figures', () => {
  it("stated (in the evidence's words when they differ), differing from the evidence, or stated by no cited evidence", () => {
    const text = joinLines(
      '# Cla$$CURSOR$$im: Qianhai hosts over 9,200 companies, 210 projects and $3 billion',
      '',
      '- Evidence: The register lists 9,200 companies.[^r]',
      '- Claim: Hetao is busy',
      '  - Evidence: Hetao runs 200 projects.[^h]',
      '',
      '[^r]: Register, 2024.',
      '[^h]: Hetao report.',
    );
    assert.equal(
      valueAt(text),
      joinLines(
        '**Claim** · supported',
        '',
        'Figures:',
        '',
        '- **over 9,200 companies**: stated on line 3 (“9,200 companies”) · \\[^r\\] Register, 2024.',
        '- **210 projects**: differs from the evidence: “200 projects” (line 5)',
        '- **\\$3 billion**: stated by no cited evidence',
        '',
        'Evidence:',
        '',
        '- The register lists 9,200 companies. · cited',
        '  - **9,200 companies**: \\[^r\\] Register, 2024.',
      ),
    );
  });

  it("names the evidence's file, and reads its footnote from that file's analysis", () => {
    const files = { 'other.arg.md': 'Claim: Registered {#reg}\n\n- Evidence: 9,200 companies[^r]\n\n[^r]: Register.\n' };
    const other = analysisOf(files['other.arg.md'], 'other.arg.md', files);
    const text = joinLines('Cl$$CURSOR$$aim: 9,200 companies', '', '- Reason: [see](other.arg.md#reg)');
    const { text: plain, position } = withCursor(text);
    assert.deepEqual(hoverFiles(analysisOf(plain, 'here.arg.md', files), position), ['other.arg.md']);
    const value = valueAt(text, { path: 'here.arg.md', files, others: { 'other.arg.md': other } });
    assert.ok(value?.includes('- **9,200 companies**: stated on line 3 of other.arg.md · \\[^r\\] Register.'), value);
  });
});

describe('hover across files', () => {
  const files = { 'dir/other.arg.md': 'Evidence: Far away, per [the x site](https://x.org). {#e}\n' };
  const other = analysisOf(files['dir/other.arg.md'], 'dir/other.arg.md', files);
  const here = (cursorLine: number) => {
    const lines = ['Claim: Here.', '', '- Evidence: [far](other.arg.md#e)'];
    lines[cursorLine] = lines[cursorLine].replace(':', () => ':$$CURSOR$$');
    return joinLines(...lines);
  };
  const options = (loaded: boolean): Options => ({ path: 'dir/here.arg.md', files, others: loaded ? { 'dir/other.arg.md': other } : {} });

  it('names the other files a hover reads, resolved against the workspace', () => {
    for (const line of [0, 2]) {
      const { text, position } = withCursor(here(line));
      assert.deepEqual(hoverFiles(analysisOf(text, 'dir/here.arg.md', files), position), ['dir/other.arg.md'], `line ${line}`);
    }
  });

  it('lists evidence of another file from its analysis, or by its id when that is not loaded', () => {
    assert.equal(
      valueAt(here(0), options(true)),
      '**Claim** · supported\n\nEvidence:\n\n- Far away, per the x site. · cited · in dir/other.arg.md\n  - source: [https\\://x.org](https://x.org/)',
    );
    assert.equal(valueAt(here(0), options(false)), '**Claim** · supported\n\nEvidence:\n\n- \\#e · cited · in dir/other.arg.md');
  });

  it('shows a reference’s target: its own hover when loaded, else what the resolution carries', () => {
    assert.equal(
      valueAt(here(2), options(true)),
      '**Evidence** reference to Far away, per the x site.\n\n**Evidence** · cited · in dir/other.arg.md\n\n- source: [https\\://x.org](https://x.org/)',
    );
    assert.equal(valueAt(here(2), options(false)), '**Evidence** reference to Far away, per the x site.\n\n**Evidence** · cited · in dir/other.arg.md');
  });
});

describe('hover on footnotes and links', () => {
  it('shows a footnote text, or that it is undefined', () => {
    assert.deepEqual(hoverAt(exportsAt(2, 29)), { contents: { kind: 'markdown', value: '**\\[^a\\]** Customs, table 1.' }, range: range(2, 28, 2, 32) });
    assert.equal(valueAt(exportsAt(3, 31)), '**\\[^z\\]**: undefined footnote');
  });

  it('shows a heading target, and why a link does not resolve', () => {
    const text = (link: string) => joinLines('# Intro & more', '', `Claim: See [the intro](#intro--more) and [gone](x.arg.md#gone).`.replace(`[${link}`, () => `[$$CURSOR$$${link}`));
    assert.equal(valueAt(text('the intro')), 'Link to section **Intro \\& more**');
    assert.equal(valueAt(text('gone')), 'Link to x.arg.md#gone: Cannot resolve \\`x.arg.md\\`: it does not exist.');
  });
});
