// The layout's rules from map.md, on graphs small enough to lay out by hand with the measures of
// server/src/map/metrics.ts (docs/map.md): every box up to 288 px wide takes a 288 px column;
// siblings' centres are 288 + 16 = 304 px apart, cousins' 288 + 32 = 320; a level is 108 + 32 = 140 px;
// a tree of up to 6 levels gets a slot of 6 × 140 + 32 = 872 px.
//   "Claim · supported" in the 11 px header: (722+222+556+222+833) + 2×278 + 600 + (500+556+556+556+556+333+278+556+556)
//   = 8158 thousandths of an em → 89.74 px + 2 × 10 padding = 109.74 → rounded up to 32 → 128 px wide.
//   "Evidence · cited": 4113 + 1156 + 2112 = 7381 → 81.19 + 20 = 101.19 → 128 px.
//   One line of text: 2 × 8 + 14 (header) + 16 = 46 px high.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { layoutMap, type MapLayout } from '../../server/src/map';
import { graphOf, node } from './fixtures';

const box = (layout: MapLayout, id: string) => {
  const found = layout.boxes.find((b) => b.id === id);
  assert.ok(found, `no box ${id}`);
  return { x: found.x, y: found.y, width: found.width, height: found.height };
};

describe('map layout', () => {
  it('lays out one tidy tree per root: parent centred above its children, the next root one slot down', () => {
    const layout = layoutMap(
      graphOf([node('a', 'claim', 'a', null), node('b', 'evidence', 'b', 'a'), node('c', 'evidence', 'c', 'a'), node('d', 'claim', 'd', null)]),
    );
    assert.deepEqual(box(layout, 'a'), { x: -64, y: 0, width: 128, height: 46 });
    assert.deepEqual(box(layout, 'b'), { x: -152 - 64, y: 140, width: 128, height: 46 });
    assert.deepEqual(box(layout, 'c'), { x: 152 - 64, y: 140, width: 128, height: 46 });
    assert.deepEqual(box(layout, 'd'), { x: -64, y: 872, width: 128, height: 46 });
    // b → a: from b's top centre to a's bottom centre, leaving and arriving vertically halfway between.
    const edge = layout.edges.find((e) => layout.boxes[e.from].id === 'b')!;
    assert.deepEqual({ tree: edge.tree, relation: edge.relation, points: edge.points }, {
      tree: true,
      relation: 'supports',
      points: [-152, 140, -152, 93, 0, 93, 0, 46],
    });
    // Bounds: the boxes' extent with a 16 px margin.
    assert.deepEqual(layout.bounds, { x: -216 - 16, y: -16, width: 216 + 216 + 32, height: 872 + 46 + 32 });
  });

  it('keeps cousins further apart than siblings', () => {
    const layout = layoutMap(
      graphOf([node('a', 'claim', 'a', null), node('b', 'claim', 'b', 'a'), node('e', 'evidence', 'e', 'b'), node('c', 'claim', 'c', 'a'), node('f', 'evidence', 'f', 'c')]),
    );
    // e and f are cousins (320 apart), which pushes their parents b and c from 304 to 320 apart.
    assert.equal(box(layout, 'b').x, -160 - 64);
    assert.equal(box(layout, 'c').x, 160 - 64);
    assert.equal(box(layout, 'e').x, -160 - 64);
    assert.equal(box(layout, 'f').x, 160 - 64);
    assert.equal(box(layout, 'e').y, 280);
  });

  it('puts children left to right in document order, and trees top to bottom in document order', () => {
    const layout = layoutMap(
      graphOf([node('r2', 'claim', 'r2', null), node('y', 'evidence', 'y', 'r2'), node('x', 'evidence', 'x', 'r2'), node('r1', 'claim', 'r1', null)]),
    );
    assert.ok(box(layout, 'y').x < box(layout, 'x').x, 'the earlier child is on the left');
    assert.ok(box(layout, 'r2').y < box(layout, 'r1').y, 'the earlier root is on top');
  });

  it('draws references and cross-file edges over the trees without moving any box', () => {
    const nodes = () => [node('a', 'claim', 'a', null), node('b', 'evidence', 'b', 'a'), node('c', 'claim', 'c', 'a'), node('d', 'claim', 'd', null)];
    const plain = layoutMap(graphOf(nodes()));
    const graph = graphOf(nodes(), [
      { from: 'b', to: 'c', relation: 'supports', reference: true },
      { from: 'd', to: 'b', relation: 'attacks', reference: true },
    ]);
    // Not marked as a reference, and before c's tree edge, but not the edge to c's parent: still drawn over.
    graph.edges.unshift({ from: 'c', to: 'b', relation: 'supports' });
    const withReferences = layoutMap(graph);
    assert.deepEqual(withReferences.boxes, plain.boxes);
    const secondary = withReferences.edges.filter((e) => !e.tree).map((e) => [withReferences.boxes[e.from].id, withReferences.boxes[e.to].id, e.relation]);
    assert.deepEqual(secondary, [
      ['c', 'b', 'supports'],
      ['b', 'c', 'supports'],
      ['d', 'b', 'attacks'],
    ]);
    // b and c stand side by side in one row: the reference leaves b's right side for c's left side.
    const side = withReferences.edges.find((e) => !e.tree && withReferences.boxes[e.to].id === 'c')!;
    assert.equal(side.points[0], box(plain, 'b').x + 128);
    assert.equal(side.points[6], box(plain, 'c').x);
  });

  it('puts other files’ nodes in a band under the trees, named by file and id', () => {
    const layout = layoutMap(graphOf([node('a', 'claim', 'a', null), node('b', 'evidence', 'b', 'a')], [{ from: 'other.arg.md#x', to: 'a', relation: 'supports', reference: true }]));
    const ext = layout.boxes.find((b) => b.id === 'other.arg.md#x')!;
    // "other.arg.md" at 11 px: 5669 thousandths → 62.36 + 20 = 82.36 → 96 (3 × 32); one row of one box centred on 0.
    assert.deepEqual({ x: ext.x, y: ext.y, width: ext.width, kind: ext.kind, header: ext.header, lines: ext.lines }, {
      x: -48,
      y: 872,
      width: 96,
      kind: 'external',
      header: 'other.arg.md',
      lines: ['#x'],
    });
    const edge = layout.edges.find((e) => e.from === layout.boxes.indexOf(ext))!;
    assert.equal(edge.tree, false);
    assert.equal(layout.boxes[edge.to].id, 'a');
  });

  it('gives a tree room to deepen: trees up to 6 levels keep the next tree where it was', () => {
    const chain = (levels: number) => {
      const nodes = [node('n0', 'claim', 'x', null)];
      for (let k = 1; k < levels; k++) nodes.push(node(`n${k}`, 'claim', 'x', `n${k - 1}`));
      nodes.push(node('next', 'claim', 'x', null));
      return box(layoutMap(graphOf(nodes)), 'next').y;
    };
    assert.deepEqual([1, 2, 5, 6].map(chain), [872, 872, 872, 872]);
    // 7 levels: 6 + 1 rounded up to 3 → 9 levels, 9 × 140 + 32.
    assert.equal(chain(7), 1292);
  });

  it('sizes boxes from wrapped text: at most 4 lines, wrapped boxes share one width, figures on evidence', () => {
    const long = 'word '.repeat(60).trim();
    const layout = layoutMap(
      graphOf([
        node('a', 'claim', long, null),
        node('b', 'evidence', 'Shaded streets are 35% cooler', 'a', { figures: [{ text: '35%' }] }),
        node('c', 'claim', 'Two lines: this text is longer than forty code points', 'a'),
      ]),
    );
    const a = layout.boxes[0];
    assert.equal(a.lines.length, 4);
    assert.ok(a.lines[3].endsWith('…'));
    assert.deepEqual([a.width, a.height], [288, 16 + 14 + 4 * 16]);
    const b = layout.boxes[1];
    assert.deepEqual(b.figureLines, ['Figures: 35%']);
    assert.equal(b.height, 16 + 14 + 16 + 14);
    assert.equal(layout.boxes[2].width, 288);
    assert.ok(a.title.endsWith(long), 'the tooltip holds the whole text');
  });

  it('sizes a box to its widest line: wide letters, a word broken hard, letters outside ASCII', () => {
    // 13 px text, 10 px padding each side, rounded up to 32 px; a wrapped box is at least 288 px.
    //   30 × W (944): 28320 thousandths → 368.16 + 20 = 388.16 → 416 (one line).
    //   45 × W: broken hard into 40 + 5; 40 × 944 = 37760 → 490.88 + 20 = 510.88 → 512.
    //   30 × É (0.6 em each): 18000 → 234 + 20 = 254 → 256 (one line).
    const layout = layoutMap(
      graphOf([node('a', 'claim', 'W'.repeat(30), null), node('b', 'claim', 'W'.repeat(45), null), node('c', 'claim', 'É'.repeat(30), null)]),
    );
    assert.deepEqual(
      layout.boxes.map((b) => [b.lines.length, b.width]),
      [
        [1, 416],
        [2, 512],
        [1, 256],
      ],
    );
  });

  it('writes status words: claims, evidence, challenges open or answered, contested', () => {
    const layout = layoutMap(
      graphOf([
        node('a', 'claim', 'a', null, { contested: true }),
        node('e', 'evidence', 'e', 'a', { status: 'uncited', cited: false }),
        node('c', 'challenge', 'c', 'a', { status: 'unsupported' }),
        node('r', 'challenge', 'r', 'c'),
      ]),
    );
    assert.deepEqual(
      layout.boxes.map((b) => b.header),
      ['Claim · supported · contested', 'Evidence · uncited', 'Challenge · answered · unsupported', 'Challenge · open · supported'],
    );
  });

  it('gives each box the words and width of its own facts, never those of an earlier box that differs in one', () => {
    // The header and its width are made once per combination of facts (boxes.ts): a box whose facts
    // differ from an earlier box's in one fact alone must still get its own.
    //   "Claim · supported · contested": 8158 + (278 + 600 + 278) + contested 4336 = 13650 thousandths
    //   → 150.15 px + 20 = 170.15 → 192 px; "Claim · supported": 8158 → 128 px (see the top of this file).
    const layout = layoutMap(
      graphOf([
        node('a', 'claim', 'a', null, { contested: true }),
        node('b', 'claim', 'b', 'a'),
        node('c', 'claim', 'c', 'a', { status: 'unsupported' }),
        node('d', 'evidence', 'd', 'a'),
        node('e', 'evidence', 'e', 'a', { status: 'uncited', contested: true }),
        node('f', 'challenge', 'f', 'a'),
        node('g', 'challenge', 'g', 'a'),
        node('h', 'challenge', 'h', 'g'),
      ]),
    );
    assert.deepEqual(
      layout.boxes.map((b) => b.header),
      [
        'Claim · supported · contested',
        'Claim · supported',
        'Claim · unsupported',
        'Evidence · cited',
        'Evidence · uncited · contested',
        'Challenge · open · supported',
        'Challenge · answered · supported',
        'Challenge · open · supported',
      ],
    );
    assert.deepEqual(
      layout.boxes.slice(0, 2).map((b) => b.width),
      [192, 128],
    );
  });

  it('ends an edge that names a duplicated id at the first node with it; a child hangs under the latest before it', () => {
    const layout = layoutMap({
      nodes: [node('a', 'claim', 'a', null), node('b', 'claim', 'b', 'a'), node('b', 'claim', 'b again', null), node('d', 'evidence', 'd', 'b')],
      edges: [
        { from: 'd', to: 'b', relation: 'supports' },
        { from: 'b', to: 'a', relation: 'supports' },
      ],
    });
    assert.deepEqual(
      layout.edges.map(({ from, to, tree }) => ({ from, to, tree })),
      [
        { from: 3, to: 1, tree: false }, // d's parent is the second b (box 2): this edge is drawn over the trees
        { from: 1, to: 0, tree: true },
      ],
    );
    assert.equal(layout.boxes[3].y, layout.boxes[2].y + 140, 'd under the second b');
  });

  it('is deterministic: the same graph gives the same layout, byte for byte', () => {
    const make = () => graphOf([node('a', 'claim', 'Parks cool cities', null), node('b', 'evidence', 'Shade', 'a'), node('c', 'challenge', 'Land', 'a')]);
    assert.equal(JSON.stringify(layoutMap(make())), JSON.stringify(layoutMap(make())));
  });

  it('survives bad input: unknown or later parents, cycles, duplicate ids, self edges, an empty graph', () => {
    const layout = layoutMap({
      nodes: [
        node('a', 'claim', 'a', 'b'), // a later node: not a parent (no cycles)
        node('b', 'claim', 'b', 'a'),
        node('c', 'claim', 'c', 'nowhere'),
        node('b', 'evidence', 'dup', null),
        node('d', 'evidence', 'd', 'b'), // the latest b before it
      ],
      edges: [
        { from: 'a', to: 'a', relation: 'supports' },
        { from: 'b', to: 'a', relation: 'supports' },
      ],
    });
    assert.equal(layout.boxes.length, 5);
    const [a, b, c, dup, d] = layout.boxes;
    assert.equal(b.y, a.y + 140, 'b under a');
    assert.equal(c.y, a.y + 872, 'c is a root');
    assert.equal(dup.y, c.y + 872, 'the second b is a root');
    assert.equal(d.y, dup.y + 140, 'd under the second b');
    assert.ok(layout.edges.every((e) => e.from !== e.to));
    assert.deepEqual(layoutMap({ nodes: [], edges: [] }), { boxes: [], edges: [], bounds: { x: 0, y: 0, width: 32, height: 32 } });
  });

  it('makes a node without a `parent` field a root: edges alone never hang a node in a tree', () => {
    const nodes = [node('a', 'claim', 'a', null), node('b', 'evidence', 'b', null), node('c', 'claim', 'c', null)].map((n) => {
      const { parent: _parent, ...rest } = n;
      return rest;
    });
    const layout = layoutMap({ nodes, edges: [{ from: 'b', to: 'a', relation: 'supports' }] });
    // Three roots, one slot (872 px) apart, each centred on x = 0 (128 px wide: see the top of this file);
    // the edge is drawn over them.
    assert.deepEqual(layout.boxes.map((b) => b.y), [0, 872, 1744]);
    assert.deepEqual(layout.boxes.map((b) => b.x), [-64, -64, -64]);
    assert.equal(layout.edges[0].tree, false);
  });

  it('never takes an edge marked `reference` for the tree edge, even to the parent', () => {
    const layout = layoutMap({
      nodes: [node('a', 'claim', 'a', null), node('b', 'evidence', 'b', 'a')],
      edges: [
        { from: 'b', to: 'a', relation: 'supports', reference: true },
        { from: 'b', to: 'a', relation: 'supports' },
      ],
    });
    assert.deepEqual(layout.edges.map((e) => e.tree), [false, true]);
  });
});
