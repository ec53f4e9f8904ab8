import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeLines, node } from './helpers';

test('every label and alias gives its kind', () => {
  const cases: [string, string][] = [
    ['Claim', 'claim'], ['Thesis', 'claim'], ['Reason', 'claim'],
    ['Evidence', 'evidence'], ['Data', 'evidence'], ['Source', 'evidence'],
    ['Challenge', 'challenge'], ['Objection', 'challenge'], ['Rebuttal', 'challenge'], ['Counter', 'challenge'],
  ];
  for (const [label, kind] of cases) {
    for (const form of [`${label}: text`, `**${label}:** text`, `**${label}**: text`, `${label.toUpperCase()}: text`, `${label.toLowerCase()}: text`]) {
      const a = analyzeLines([form]);
      assert.equal(a.nodes.length, 1, form);
      assert.equal(a.nodes[0].kind, kind, form);
      assert.equal(a.nodes[0].text, 'text', form);
      assert.equal(a.nodes[0].label.toLowerCase(), label.toLowerCase(), form);
    }
  }
});

test('headings, paragraphs and list items are nodes; the label must start the text', () => {
  const a = analyzeLines([
    '# Claim: a heading',
    '',
    'Claim: a paragraph',
    '',
    '- Evidence: an item',
    '',
    'Not a label: Claim: in the middle',
    '',
    'Claim : space before the colon',
    '',
    'Claims: plural',
    '',
    '*Claim:* emphasis is not a label',
  ]);
  assert.deepEqual(
    a.nodes.map((n) => [n.blockType, n.text]),
    [
      ['heading', 'a heading'],
      ['paragraph', 'a paragraph'],
      ['listItem', 'an item'],
    ],
  );
});

test('labelled text inside code, HTML, tables, footnote definitions and front matter is never a node', () => {
  const a = analyzeLines([
    '---',
    'title: x',
    'claim: in front matter',
    '---',
    '',
    '```',
    'Claim: in a fence',
    '```',
    '',
    '    Claim: indented code',
    '',
    '<div>',
    'Claim: in HTML',
    '</div>',
    '',
    '`Claim: inline code` after',
    '',
    '| Claim: in a table |',
    '| --- |',
    '| Evidence: cell |',
    '',
    'Prose with a note.[^n]',
    '',
    '[^n]: Claim: in a footnote definition',
    '',
    'Claim: the only node',
  ]);
  assert.deepEqual(a.nodes.map((n) => n.text), ['the only node']);
});

test('block quotes are transparent', () => {
  const a = analyzeLines(['> Claim: quoted claim', '>', '> - Evidence: quoted evidence[^s]', '', '[^s]: A source.']);
  assert.deepEqual(a.nodes.map((n) => n.kind), ['claim', 'evidence']);
  assert.equal(a.nodes[1].parent, 0);
});

test('text is plain: Markdown removed, footnote markers and the trailing id dropped', () => {
  const a = analyzeLines([
    '- **Evidence:** Qianhai has *over* **9,200** [companies](https://example.org) `registered`.[^a] {#qianhai}',
    '',
    '[^a]: The article.',
  ]);
  const n = node(a, 'Qianhai');
  assert.equal(n.text, 'Qianhai has over 9,200 companies registered.');
  assert.equal(n.id, 'qianhai');
  assert.equal(n.explicitId, true);
});

test('a task list item with a label is a node', () => {
  const a = analyzeLines(['- [ ] Claim: to check']);
  assert.equal(a.nodes[0]?.text, 'to check');
});

test('a list item whose first block is not a paragraph or heading is prose', () => {
  const a = analyzeLines(['- ```', '  Claim: code', '  ```', '', '  Claim: later paragraph']);
  assert.deepEqual(a.nodes.map((n) => n.text), ['later paragraph']);
  assert.equal(a.nodes[0].parent, undefined);
});
