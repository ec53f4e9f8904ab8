import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, codes, codesOf } from './helpers';
import { analyzeText as analyze } from '../../server/src/model';


test('unsupported-claim fires on claims without support, not on supported ones nor on challenges', () => {
  const a = analyzeLines(['- Claim: bare', '- Claim: backed', '  - Evidence: e[^d]', '- Challenge: unsupported challenge', '  - Rebuttal: r', '', '[^d]: D.']);
  assert.deepEqual(codesOf(a, 'unsupported-claim'), [1]);
});

test('uncited-evidence and orphan-evidence', () => {
  const a = analyzeLines(['Evidence: orphan and uncited', '', '- Claim: c', '  - Evidence: uncited', '  - Evidence: cited[^d]', '', '[^d]: D.']);
  assert.deepEqual(codes(a), ['orphan-evidence@1', 'uncited-evidence@1', 'uncited-evidence@4']);
  assert.deepEqual(codesOf(a, 'orphan-evidence'), [1]);
});

test('each label-only message says its own thing and names the label as written, across analyses', () => {
  // The same label drawing two diagnostics (orphan and uncited) and the same codes on other labels,
  // analysed twice: messages made once per label must still differ by code and by label.
  for (let round = 0; round < 2; round++) {
    const a = analyzeLines(['Data: orphan and uncited', '', 'Source: orphan too', '', '- Claim: c', '- Claim: d']);
    const by = (code: string) => a.diagnostics.filter((d) => d.code === code).map((d) => d.message);
    const [orphanData, orphanSource] = by('orphan-evidence');
    const [uncitedData, uncitedSource] = by('uncited-evidence');
    assert.notEqual(orphanData, uncitedData);
    assert.notEqual(orphanSource, uncitedSource);
    for (const m of [orphanData, uncitedData]) assert.match(m, /^Data /);
    for (const m of [orphanSource, uncitedSource]) assert.match(m, /^Source /);
    assert.deepEqual(by('unsupported-claim').length, 2);
    for (const m of by('unsupported-claim')) assert.match(m, /^Claim /);
  }
});

test('unanswered-challenge: on challenges attacking claims or evidence, or roots; not on rebuttals or answered ones', () => {
  const a = analyzeLines([
    '- Claim: c',
    '  - Evidence: e[^d]',
    '    - Challenge: attacks evidence',
    '  - Challenge: answered',
    '    - Rebuttal: a rebuttal (attacks a challenge)',
    '',
    'Objection: a root',
    '',
    '[^d]: D.',
  ]);
  assert.deepEqual(codesOf(a, 'unanswered-challenge'), [3, 7]);
});

test('empty-node: a label with no text, and nothing else on it', () => {
  const a = analyzeLines(['**Claim:**', '', '- Evidence: {#only-an-id}', '- Challenge:[^d]', '', '[^d]: D.']);
  assert.deepEqual(codes(a), ['empty-node@1', 'empty-node@3', 'empty-node@4']);
});

test('duplicate-id on the second definition only', () => {
  const a = analyzeLines(['- Claim: one {#x}', '  - Evidence: e[^d]', '- Claim: two {#x}', '  - Evidence: f[^d]', '', '[^d]: D.']);
  assert.deepEqual(codes(a), ['duplicate-id@3']);
  assert.match(a.diagnostics[0].message, /line 1/);
});

test('broken-reference on reference nodes and on prose links to ids; headings resolve by slug', () => {
  const a = analyzeLines([
    '# A Heading',
    '',
    'See [the heading](#a-heading), [a node](#c), [nothing](#nothing) and [a file](other.arg.md#x).',
    '',
    '- Claim: c {#c}',
    '  - Evidence: [missing](#missing)',
    '  - Evidence: [a heading is not a node](#a-heading)',
    '  - Evidence: e[^d]',
    '',
    '[^d]: D.',
  ]);
  assert.deepEqual(codes(a), ['broken-reference@3', 'broken-reference@3', 'broken-reference@6', 'broken-reference@7']);
  assert.match(a.diagnostics[1].message, /other\.arg\.md/);
});

test('undefined-footnote covers the reference, wherever it stands outside code', () => {
  const a = analyzeLines(['Prose with [^nope].', '', '`[^code]` is fine', '', '- Claim: c', '  - Evidence: e[^d]', '', '[^d]: D.']);
  assert.deepEqual(codes(a), ['undefined-footnote@1']);
  assert.deepEqual(a.diagnostics[0].range, { start: { line: 0, character: 11 }, end: { line: 0, character: 18 } });
});

test('footnotes resolve across the whole document, whatever the distance', () => {
  const filler = Array.from({ length: 50 }, (_, i) => `Paragraph ${i}.\n`);
  const a = analyzeLines(['- Claim: c', '  - Evidence: e[^far]', '', ...filler, '[^far]: Defined far below.']);
  assert.deepEqual(codes(a), []);
});

test('circular-support on each reference in a cycle', () => {
  const a = analyzeLines(['- Claim: a {#a}', '  - Reason: [b](#b)', '  - Evidence: e[^d]', '- Claim: b {#b}', '  - Reason: [a](#a)', '', '[^d]: D.']);
  assert.deepEqual(codes(a), ['circular-support@2', 'circular-support@5']);
});

test('unsourced-figure covers figures of a claim that no cited supporting evidence states', () => {
  const a = analyzeLines([
    '- Claim: Over 9,200 firms and 35% growth and $1.2 billion.',
    '  - Evidence: 9200 firms registered.[^d]',
    '  - Reason: growth',
    '    - Evidence: growth of 35 percent[^d]',
    '  - Evidence: $1.2 billion, but uncited',
    '',
    '[^d]: D.',
  ]);
  const figures = a.diagnostics.filter((d) => d.code === 'unsourced-figure');
  assert.equal(figures.length, 1);
  assert.match(figures[0].message, /\$1\.2 billion/);
  // "- Claim: " is 9 characters, "Over 9,200 firms and 35% growth and " 36 more.
  assert.deepEqual(figures[0].range.start, { line: 0, character: 45 });
});

test('file-too-large: only that diagnostic', () => {
  const a = analyze('Claim: unsupported\n'.repeat(100), { maxFileSize: 1000 });
  assert.deepEqual(a.diagnostics.map((d) => [d.code, d.severity]), [['file-too-large', 'information']]);
  assert.equal(a.nodes.length, 0);
  assert.equal(a.tooLarge, true);
});

test('file-too-large counts UTF-8 bytes, not characters', () => {
  const text = 'Claim: é\n'.repeat(50); // 10 bytes a line, 9 characters
  assert.equal(analyze(text, { maxFileSize: 480 }).tooLarge, true);
  assert.equal(analyze(text, { maxFileSize: 500 }).tooLarge, false);
});

test('ranges start at the label with its ** and end at the end of the first line', () => {
  const a = analyzeLines(['- **Claim:** first line', '  continues here']);
  assert.deepEqual(a.diagnostics[0].range, { start: { line: 0, character: 2 }, end: { line: 0, character: 23 } });
  assert.equal(a.nodes[0].text, 'first line continues here');
});

test('default severities follow the spec', () => {
  const a = analyzeLines(['Evidence: x', '', 'Challenge: y', '', 'Claim:']);
  assert.deepEqual(
    a.diagnostics.map((d) => `${d.code}:${d.severity}`),
    ['orphan-evidence:warning', 'uncited-evidence:warning', 'unanswered-challenge:information', 'empty-node:error'],
  );
});
