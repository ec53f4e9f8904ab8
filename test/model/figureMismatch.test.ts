// figure-mismatch (editing.md, "Figures across claims and evidence"): text in, the figure
// diagnostics out. Each expectation is worked out from the spec and docs/figures.md, "Units".
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type Analysis, type Range } from '../../server/src/model';
import { files, joinLines } from './helpers';

const FOOTNOTE = '[^s]: A source.';

/** The text a range covers in `text` (one line). */
function covered(text: string, r: Range): string {
  const lines = text.split('\n');
  assert.equal(r.start.line, r.end.line, 'a figure on one line');
  return lines[r.start.line].slice(r.start.character, r.end.character);
}

/** `code: figure text` for the figure codes of a document whose claim is the first line. */
function figureCodes(text: string, a: Analysis = analyzeText(text, { path: 'a.arg.md' })): string[] {
  return a.diagnostics
    .filter((d) => d.code === 'figure-mismatch' || d.code === 'unsourced-figure')
    .map((d) => `${d.code}: ${covered(text, d.range)}`);
}

/** A claim with its figure, and one cited evidence item under it. */
function pair(claim: string, evidence: string): string[] {
  return figureCodes(joinLines(`- Claim: ${claim}`, `  - Evidence: ${evidence}[^s]`, '', FOOTNOTE));
}

describe('figure-mismatch: the same kind and unit', () => {
  it('counts: the same noun, singular or plural, mismatch; another noun does not', () => {
    assert.deepEqual(pair('Qianhai hosts 9,500 companies', 'Qianhai hosts 9,200 companies'), ['figure-mismatch: 9,500 companies']);
    assert.deepEqual(pair('Qianhai hosts 9,500 companies', 'the register lists 9,200 company'), ['figure-mismatch: 9,500 companies']);
    assert.deepEqual(pair('Hetao runs 201 projects', 'Hetao runs 200 collaborative projects'), ['figure-mismatch: 201 projects']);
    assert.deepEqual(pair('Qianhai hosts 9,500 companies', 'Qianhai hosts 9,200 firms'), ['unsourced-figure: 9,500 companies']);
  });

  it('counts: irregular plurals are the same noun; a count with no noun never mismatches', () => {
    assert.deepEqual(pair('it employs 300 people', 'it employs 250 people'), ['figure-mismatch: 300 people']);
    assert.deepEqual(pair('it employs 300 people', 'it employs one person and then 250 person'), ['figure-mismatch: 300 people']);
    assert.deepEqual(pair('the register grew by 9,500', 'the register grew by 9,200'), ['unsourced-figure: 9,500']);
  });

  it('money: $ and US$ are one currency, HK$ another', () => {
    assert.deepEqual(pair('it raised $5 million', 'it raised US$4 million'), ['figure-mismatch: $5 million']);
    assert.deepEqual(pair('it raised US$5 million', 'it raised $4 million'), ['figure-mismatch: US$5 million']);
    assert.deepEqual(pair('it raised $5 million', 'it raised HK$4 million'), ['unsourced-figure: $5 million']);
    assert.deepEqual(pair('it raised HK$5 million', 'it raised HK$4 million'), ['figure-mismatch: HK$5 million']);
  });

  it('percent: the same words right after it (of GDP), or none on both', () => {
    assert.deepEqual(pair('R&D is 6% of GDP', 'R&D is 5 percent of its GDP'), ['figure-mismatch: 6%']);
    assert.deepEqual(pair('R&D is 6% of GDP', 'R&D is 5 percent.'), ['unsourced-figure: 6%']);
    assert.deepEqual(pair('a 35% share.', 'the share is 30%.'), ['figure-mismatch: 35%']);
    assert.deepEqual(pair('exports are 35% of GDP', 'exports are 30% of imports'), ['unsourced-figure: 35%']);
  });

  it('a percent never mismatches a count or money with another number', () => {
    assert.deepEqual(pair('6% of firms', '5 firms'), ['unsourced-figure: 6%']);
  });

  it('a qualifier difference with equal values is no mismatch (the figure is stated)', () => {
    assert.deepEqual(pair('Qianhai hosts over 9,200 companies', 'Qianhai hosts 9,200 companies'), []);
    assert.deepEqual(pair('Qianhai hosts 9,200 companies', 'Qianhai hosts nearly 9,200 companies'), []);
  });
});

describe('figure-mismatch: where the evidence stands', () => {
  it('never both codes on one figure; another figure of the claim keeps unsourced-figure', () => {
    const text = joinLines('- Claim: 9,500 companies and $2 billion', '  - Evidence: 9,200 companies[^s]', '', FOOTNOTE);
    assert.deepEqual(figureCodes(text), ['figure-mismatch: 9,500 companies', 'unsourced-figure: $2 billion']);
  });

  it('looks through a supporting claim', () => {
    const text = joinLines('- Claim: 9,500 companies', '  - Claim: the register', '    - Evidence: 9,200 companies[^s]', '', FOOTNOTE);
    assert.deepEqual(figureCodes(text), ['figure-mismatch: 9,500 companies']);
  });

  it('looks through a reference to another section, and into another file', () => {
    const text = joinLines('# Claim: 9,500 companies', '- Reason: [see below](#b)', '', '# Claim: the register {#b}', '- Evidence: 9,200 companies[^s]', '', FOOTNOTE);
    assert.deepEqual(figureCodes(text), ['figure-mismatch: 9,500 companies']);
    const other = joinLines('# Claim: the register {#b}', '- Evidence: 9,200 companies[^s]', '', FOOTNOTE);
    const here = joinLines('# Claim: 9,500 companies', '- Reason: [see](other.arg.md#b)');
    const a = analyzeText(here, { path: 'a.arg.md', readFile: files({ 'other.arg.md': other }) });
    const d = a.diagnostics.filter((x) => x.code === 'figure-mismatch');
    assert.equal(d.length, 1);
    assert.equal(d[0].message, 'the claim says 9,500 companies; the evidence under it says 9,200 companies (line 2 of other.arg.md)');
    assert.deepEqual(d[0].related, [
      { path: 'other.arg.md', range: { start: { line: 1, character: 12 }, end: { line: 1, character: 27 } }, message: 'the evidence says 9,200 companies' },
    ]);
  });

  it('uncited evidence does not count, neither for the figure nor for the mismatch', () => {
    const text = joinLines('- Claim: 9,500 companies', '  - Evidence: 9,200 companies');
    assert.deepEqual(figureCodes(text), ['unsourced-figure: 9,500 companies']);
  });

  it('a challenge under the claim states nothing', () => {
    const text = joinLines('- Claim: 9,500 companies', '  - Objection: only 9,200 companies', '    - Evidence: 9,200 companies[^s]', '', FOOTNOTE);
    assert.deepEqual(figureCodes(text), ['unsourced-figure: 9,500 companies']);
  });

  it('evidence stating the same figure anywhere below wins over one that differs', () => {
    const text = joinLines('- Claim: 9,500 companies', '  - Evidence: 9,200 companies[^s]', '  - Evidence: 9,500 companies[^s]', '', FOOTNOTE);
    assert.deepEqual(figureCodes(text), []);
  });
});

describe('figure-mismatch: the diagnostic', () => {
  it('the message names both, with the line; related information points at the evidence figure; the fix text', () => {
    const text = joinLines('# Claim: Qianhai hosts over 9,500 companies', '', '- Evidence: the register lists 9,200 companies.[^s]', '', FOOTNOTE);
    const [d] = analyzeText(text, { path: 'a.arg.md' }).diagnostics.filter((x) => x.code === 'figure-mismatch');
    assert.deepEqual(d, {
      code: 'figure-mismatch',
      severity: 'warning',
      message: 'the claim says over 9,500 companies; the evidence under it says 9,200 companies (line 3)',
      range: { start: { line: 0, character: 23 }, end: { line: 0, character: 43 } },
      node: 0,
      related: [{ path: 'a.arg.md', range: { start: { line: 2, character: 31 }, end: { line: 2, character: 46 } }, message: 'the evidence says 9,200 companies' }],
      replacement: '9,200 companies',
    });
  });

  it('several differing figures: all named (three at most in the message), no replacement', () => {
    const ev = (n: string) => `  - Evidence: ${n} companies[^s]`;
    const two = joinLines('- Claim: 9,500 companies', ev('9,200'), ev('9,300'), '', FOOTNOTE);
    const [d2] = analyzeText(two).diagnostics.filter((x) => x.code === 'figure-mismatch');
    assert.equal(d2.message, 'the claim says 9,500 companies; the evidence under it says 9,200 companies (line 2) and 9,300 companies (line 3)');
    assert.equal(d2.related?.length, 2);
    assert.equal(d2.replacement, undefined);
    const four = joinLines('- Claim: 9,500 companies', ev('9,100'), ev('9,200'), ev('9,300'), ev('9,400'), '', FOOTNOTE);
    const [d4] = analyzeText(four).diagnostics.filter((x) => x.code === 'figure-mismatch');
    assert.equal(
      d4.message,
      'the claim says 9,500 companies; the evidence under it says 9,100 companies (line 2), 9,200 companies (line 3), 9,300 companies (line 4) and more',
    );
    assert.deepEqual(d4.related?.map((r) => r.range.start.line), [1, 2, 3, 4]);
  });
});
