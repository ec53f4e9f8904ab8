import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, parentText } from './helpers';

test('a list item is the parent of the items nested in it', () => {
  const a = analyzeLines(['- Claim: top', '  - Evidence: child', '    - Evidence: grandchild', '- Claim: sibling']);
  assert.equal(parentText(a, 'child'), 'top');
  assert.equal(parentText(a, 'grandchild'), 'child');
  assert.equal(parentText(a, 'sibling'), undefined);
  assert.equal(parentText(a, 'top'), undefined);
});

test('a labelled paragraph later in a list item is a child of the item', () => {
  const a = analyzeLines(['- Claim: item', '', '  Evidence: later paragraph', '', '  Unlabelled body.']);
  assert.equal(parentText(a, 'later'), 'item');
  assert.equal(a.nodes[0].body, 'Unlabelled body.');
});

test('a list right after a labelled paragraph belongs to it', () => {
  const a = analyzeLines(['Claim: owner', '', '- Evidence: one', '- Evidence: two', '', '* Evidence: another list, not directly after']);
  assert.equal(parentText(a, 'one'), 'owner');
  assert.equal(parentText(a, 'two'), 'owner');
  assert.equal(parentText(a, 'another'), undefined);
});

test('items of the same list stay with the owner across blank lines', () => {
  const a = analyzeLines(['Claim: owner', '', '- Evidence: one', '', '- Evidence: two', '', '', '- Evidence: three']);
  assert.deepEqual(['one', 'two', 'three'].map((t) => parentText(a, t)), ['owner', 'owner', 'owner']);
});

test('a block between the paragraph and the list breaks ownership', () => {
  const a = analyzeLines(['Claim: owner', '', 'Prose in between.', '', '- Evidence: loose']);
  assert.equal(parentText(a, 'loose'), undefined);
});

test('a list inside a list item after a labelled paragraph belongs to that paragraph', () => {
  const a = analyzeLines(['- Claim: item', '', '  Claim: inner paragraph', '', '  - Evidence: under the paragraph']);
  assert.equal(parentText(a, 'inner'), 'item');
  assert.equal(parentText(a, 'under'), 'inner paragraph');
});

test('a heading section owns what is inside it, to the next heading of the same or a higher level', () => {
  const a = analyzeLines([
    '# Thesis: top',
    '',
    'Claim: in the h1 section',
    '',
    '## Claim: sub',
    '',
    '- Evidence: in the h2 section',
    '',
    '### Unlabelled heading',
    '',
    'Claim: under an unlabelled h3, still in the h2 section',
    '',
    '## Claim: second sub',
    '',
    '# Another h1 without label',
    '',
    'Claim: no parent',
  ]);
  assert.equal(parentText(a, 'in the h1'), 'top');
  assert.equal(parentText(a, 'sub'), 'top');
  assert.equal(parentText(a, 'in the h2'), 'sub');
  assert.equal(parentText(a, 'under an unlabelled'), 'sub');
  assert.equal(parentText(a, 'second sub'), 'top');
  assert.equal(parentText(a, 'no parent'), undefined);
});

test('order alone never relates sibling paragraphs or headings', () => {
  const a = analyzeLines(['Claim: first', '', 'Evidence: second', '', '## Claim: heading', '', '## Evidence: next heading']);
  for (const n of a.nodes) assert.equal(n.parent, undefined, n.text);
});

test('relations follow the kinds: challenges attack, everything else supports', () => {
  const a = analyzeLines([
    '- Claim: c',
    '  - Evidence: e[^s]',
    '    - Evidence: corroboration[^s]',
    '    - Claim: claim under evidence',
    '  - Claim: reason',
    '  - Challenge: ch',
    '    - Rebuttal: r',
    '    - Evidence: support for the challenge',
    '',
    '[^s]: S.',
  ]);
  const rel = (t: string) => {
    const i = a.nodes.findIndex((n) => n.text === t);
    return a.edges.find((e) => 'local' in e.from && e.from.local === i)?.relation;
  };
  assert.equal(rel('e'), 'supports');
  assert.equal(rel('corroboration'), 'supports');
  assert.equal(rel('claim under evidence'), 'supports');
  assert.equal(rel('reason'), 'supports');
  assert.equal(rel('ch'), 'attacks');
  assert.equal(rel('r'), 'attacks');
  assert.equal(rel('support for the challenge'), 'supports');
});

test("a node's outline range covers everything nested under it", () => {
  const a = analyzeLines(['Claim: owner', '', '- Evidence: one', '  - Evidence: deep', '- Evidence: two']);
  const owner = a.nodes[0];
  assert.deepEqual(owner.fullRange, { start: { line: 0, character: 0 }, end: { line: 4, character: 15 } });
  assert.deepEqual(owner.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 12 } });
});
