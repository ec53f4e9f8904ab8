// The Argument view's tree, without an editor: real Markdown → the server's graph JSON →
// the items the view shows, checked against what docs/format.md says the view shows
// (roots in document order, children in source order, a node under each of its parents,
// a cycle cut as a leaf marked "cycle") and the spec's status words.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildArgumentTree, type ArgumentItem } from '../../client/src/argumentTree';
import { analyzeText } from '../../server/src/model';
import { toGraphJson } from '../../server/src/model';

const URI = 'file:///w/here.arg.md';

function treeOf(lines: string[], files: Record<string, string> = {}): ArgumentItem[] {
  const analysis = analyzeText(lines.join('\n'), { path: 'here.arg.md', readFile: (p) => files[p] ?? { error: 'it does not exist' } });
  return buildArgumentTree(toGraphJson(analysis), URI);
}

/** [label, description, children] all the way down. */
type Shape = [string, string, Shape[]?];
function shape(items: ArgumentItem[]): Shape[] {
  return items.map((i) => (i.children.length ? [i.label, i.description, shape(i.children)] : [i.label, i.description]));
}

function allItems(items: ArgumentItem[]): ArgumentItem[] {
  return items.flatMap((i) => [i, ...allItems(i.children)]);
}

const PARKS = [
  'Claim: Parks cool cities. {#parks}',
  '',
  '- Evidence: Shade lowers heat.[^a] {#shade}',
  '- Challenge: Parks take land.',
  '',
  'Claim: Trees help too.',
  '',
  '- Evidence: [the shade figures](#shade)',
  '',
  '[^a]: City climate survey.',
];

describe('buildArgumentTree', () => {
  it('shows roots in document order, children in source order, each with its kind and status words', () => {
    assert.deepEqual(shape(treeOf(PARKS)), [
      [
        'Parks cool cities.',
        'claim · supported · contested',
        [
          ['Shade lowers heat.', 'evidence · cited'],
          ['Parks take land.', 'challenge · open · unsupported'],
        ],
      ],
      // The evidence again, where the reference to it stands.
      ['Trees help too.', 'claim · supported', [['Shade lowers heat.', 'evidence · cited']]],
    ]);
  });

  it('reveals a node at its line, and gives every item its own id', () => {
    const items = allItems(treeOf(PARKS));
    assert.deepEqual(
      items.map((i) => [i.label, i.target]),
      [
        ['Parks cool cities.', { uri: URI, line: 0 }],
        ['Shade lowers heat.', { uri: URI, line: 2 }],
        ['Parks take land.', { uri: URI, line: 3 }],
        ['Trees help too.', { uri: URI, line: 5 }],
        ['Shade lowers heat.', { uri: URI, line: 2 }],
      ],
    );
    assert.equal(new Set(items.map((i) => i.id)).size, items.length);
    assert.deepEqual(
      items.map((i) => i.relation),
      [undefined, 'supports', 'attacks', undefined, 'supports'],
    );
  });

  it('cuts circular support as a leaf marked "cycle"', () => {
    const tree = treeOf(['Claim: A holds. {#a}', '', '- Claim: [b](#b)', '', 'Claim: B holds. {#b}', '', '- Claim: [a](#a)']);
    // Each holds only through the other: both unsupported; A, first in the document, is the root.
    assert.deepEqual(shape(tree), [
      ['A holds.', 'claim · unsupported', [['B holds.', 'claim · unsupported', [['A holds.', 'claim · unsupported · cycle']]]]],
    ]);
  });

  it('shows a node of another file as a leaf named by file and id, revealed in that file', () => {
    const tree = treeOf(['Claim: Here.', '', '- Evidence: [far](other.arg.md#e)'], { 'other.arg.md': 'Evidence: Far.[^a] {#e}\n\n[^a]: A source.\n' });
    const [root] = tree;
    assert.equal(root.description, 'claim · supported');
    assert.equal(root.children.length, 1);
    const [leaf] = root.children;
    assert.deepEqual([leaf.label, leaf.description, leaf.target, leaf.children], ['other.arg.md#e', 'supports', { uri: URI, external: 'other.arg.md#e' }, []]);
  });

  it('stays linear in the graph when nodes have many parents (untrusted input)', () => {
    // 20 layers of two claims, each supported by both of the next layer: 2^20 paths from the top.
    const lines: string[] = [];
    for (let i = 0; i < 20; i++) {
      for (const side of ['a', 'b']) {
        lines.push(`Claim: L${i}${side}. {#l${i}${side}}`, '');
        if (i < 19) lines.push(`- Claim: [x](#l${i + 1}a)`, `- Claim: [y](#l${i + 1}b)`, '');
      }
    }
    const items = allItems(treeOf(lines));
    // 40 nodes, 76 edges: the tree stops growing at a few times that.
    assert.ok(items.length <= 4 * (40 + 76) + 200, `${items.length} items`);
    assert.ok(items.some((i) => i.description.endsWith(' · …')), 'a cut subtree is marked');
  });
});
