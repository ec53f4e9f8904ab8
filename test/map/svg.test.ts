// The SVG (map.md "SVG"): a node is `<g class="node …" id>` whose first `<rect>` holds the box's
// absolute position, status in words, every string from the file escaped, no script, no
// foreignObject, no external reference, own ids that never clash with a node's; a golden file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { layoutMap, renderSvg, serialize, svgTree, type MapGraph } from '../../server/src/map';
import { edgePath } from '../../server/src/map/svgParts';
import { graphOf, node } from './fixtures';
import { Generator, seeded } from './generate';
import { xmlProblem } from './xml';

const GOLDEN = path.resolve(__dirname, '../../../test/map/golden');

/** The golden map: two trees, a reference, an attack, a contested claim, figures, another file's node. */
export function goldenGraph(): MapGraph {
  return graphOf(
    [
      node('parks', 'claim', 'Parks cool cities', null, { contested: true }),
      node('shade', 'evidence', 'Shaded streets are 35% cooler at noon.', 'parks', { figures: [{ text: '35%' }] }),
      node('land', 'challenge', 'Parks take land that housing needs.', 'parks', { status: 'unsupported' }),
      node('roofs', 'challenge', 'Rooftop parks take no land.', 'land'),
      node('cost', 'claim', 'Parks are cheap to keep.', null, { status: 'unsupported' }),
    ],
    [
      { from: 'shade', to: 'roofs', relation: 'supports', reference: true },
      { from: 'facts.arg.md#heat', to: 'cost', relation: 'supports', reference: true },
    ],
  );
}

const EVIL = `<script>alert("x")</script> & ]]> <!-- a --> 'q' javascript:alert(1) <a href="javascript:x">l</a> <foreignObject>`;

/** Markup in every string the file gives: ids, texts, figures, another file's name. */
function hostileGraph(): MapGraph {
  return graphOf(
    [
      node(`"><script>alert(1)</script>`, 'claim', EVIL, null),
      node('e&<>"\'', 'evidence', EVIL, `"><script>alert(1)</script>`, { figures: [{ text: `<b>9 & 10%</b>` }] }),
    ],
    [{ from: `x"><script>.arg.md#<!--`, to: 'e&<>"\'', relation: 'attacks', reference: true }],
  );
}

/** Each node group's id, class and first rect, read back from the SVG text. */
function groups(svg: string) {
  const found = [];
  const re = /<g class="(node[^"]*)" id="([^"]*)"[^>]*>\s*<title>[^<]*<\/title>\s*<rect class="box" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g;
  for (const m of svg.matchAll(re)) found.push({ cls: m[1], id: m[2], x: +m[3], y: +m[4], width: +m[5], height: +m[6] });
  return found;
}

describe('map SVG', () => {
  it('writes an edge path with every point, whether or not the curve leaves and arrives square', () => {
    const shape = (points: number[]) => ({ from: 0, to: 1, relation: 'supports' as const, tree: true, points: points as [number, number, number, number, number, number, number, number] });
    // Square (the layout's curves): the start's x, the middle's y and the end's x each written twice.
    assert.equal(edgePath(shape([-152, 280, -152, 241, 0.5, 241, 0.5, 202])), 'M-152,280 C-152,241 0.5,241 0.5,202');
    assert.equal(edgePath(shape([1, 2, 3, 4, 5, 6, 7, 8])), 'M1,2 C3,4 5,6 7,8');
    assert.equal(edgePath(shape([1, 2, 1, 4, 5, 6, 5, 8])), 'M1,2 C1,4 5,6 5,8');
  });

  it('matches the golden file exactly', () => {
    const svg = renderSvg(layoutMap(goldenGraph()));
    const file = path.join(GOLDEN, 'small.svg');
    if (process.env.ARGMAP_UPDATE_GOLDEN) fs.writeFileSync(file, svg);
    assert.equal(svg, fs.readFileSync(file, 'utf8'));
  });

  it('gives every node a <g class="node …" id> whose first rect is the layout box, with no transform', () => {
    const layout = layoutMap(goldenGraph());
    const svg = renderSvg(layout);
    assert.equal(xmlProblem(svg), undefined);
    assert.deepEqual(
      groups(svg),
      layout.boxes.map((b) => ({ cls: ['node', b.kind, ...b.status].join(' '), id: b.id, x: b.x, y: b.y, width: b.width, height: b.height })),
    );
    assert.deepEqual(groups(svg).map((g) => g.id), ['parks', 'shade', 'land', 'roofs', 'cost', 'facts.arg.md#heat']);
    assert.doesNotMatch(svg, /transform/);
    const { x, y, width, height } = layout.bounds;
    assert.match(svg, new RegExp(`<svg [^>]*viewBox="${x} ${y} ${width} ${height}"`));
  });

  it('draws a node of another file as a box with its file name', () => {
    const svg = renderSvg(layoutMap(goldenGraph()));
    assert.match(svg, /<g class="node external" id="facts\.arg\.md#heat"[^>]*>\s*<title>In another file: facts\.arg\.md#heat<\/title>\s*<rect class="box"/);
    assert.match(svg, /<text class="header"[^>]*>facts\.arg\.md<\/text>/);
  });

  it('writes status as words, supports solid and attacks dashed (by class), secondary edges over the boxes', () => {
    const svg = renderSvg(layoutMap(goldenGraph()));
    assert.match(svg, />Claim · supported · contested</);
    assert.match(svg, />Challenge · answered · unsupported</);
    assert.match(svg, />Figures: 35%</);
    assert.match(svg, /<path class="edge attacks tree" [^>]*marker-end="url\(#argmap-arrow-attacks\)"/);
    assert.match(svg, /\.edge\.attacks \{[^}]*stroke-dasharray/);
    assert.ok(svg.indexOf('class="nodes"') < svg.indexOf('class="edge supports secondary"'), 'secondary edges come after the boxes');
    assert.ok(svg.indexOf('class="edge supports tree"') < svg.indexOf('class="nodes"'), 'tree edges come before the boxes');
  });

  it('escapes hostile text everywhere: no script, comment, CDATA end, link or foreign object gets through', () => {
    const svg = renderSvg(layoutMap(hostileGraph()));
    assert.equal(xmlProblem(svg), undefined);
    for (const bad of ['<script', '<!--', ']]>', '<a ', '<foreignObject', '<b>']) assert.ok(!svg.includes(bad), `found ${bad}`);
    assert.doesNotMatch(svg, /<[^>]*\shref=/, 'no element carries a link');
    assert.match(svg, /&lt;script&gt;alert\("x"\)&lt;\/script&gt; &amp; \]\]&gt; &lt;!-- a --&gt;/);
    assert.match(svg, / id="&#34;&#62;&lt;script|id="&#34;&#62;&#60;script/);
    // The only URLs are the SVG namespace and the arrow markers' own ids.
    assert.deepEqual([...new Set(svg.match(/(?:url\(|xmlns=")[^)"]*/g))].sort(), [
      'url(#argmap-arrow-attacks',
      'url(#argmap-arrow-supports',
      'xmlns="http://www.w3.org/2000/svg',
    ]);
  });

  it('never lets its own ids clash with a node id', () => {
    const svg = renderSvg(layoutMap(graphOf([node('argmap-arrow-supports', 'claim', 'a', null), node('argmap--x', 'evidence', 'b', 'argmap-arrow-supports')])));
    const ids = [...svg.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids.join(', ')}`);
    assert.ok(ids.includes('argmap---arrow-supports'));
  });

  it('renders the same SVG for the same graph', () => {
    assert.equal(renderSvg(layoutMap(goldenGraph())), renderSvg(layoutMap(goldenGraph())));
  });

  it('writes as text exactly the element tree the view draws, serialised', () => {
    const graphs: [string, MapGraph][] = [
      ['golden', goldenGraph()],
      ['hostile', hostileGraph()],
      ['empty', { nodes: [], edges: [] }],
      ['one box, no edge', graphOf([node('a', 'claim', '', null)])],
      ['1,000 generated nodes', new Generator(seeded(7)).graph(1000)],
    ];
    for (const [name, graph] of graphs) {
      const layout = layoutMap(graph);
      assert.equal(renderSvg(layout), `<?xml version="1.0" encoding="UTF-8"?>\n${serialize(svgTree(layout, { style: true }))}\n`, name);
    }
  });

  it('writes a kind the graph JSON cannot have as a claim, so no class or header comes from it', () => {
    const graph = graphOf([node('a', 'toString' as never, 'x', null), node('b', '"><script>' as never, 'y', null)]);
    const svg = renderSvg(layoutMap(graph));
    assert.deepEqual([...svg.matchAll(/<g class="(node [^"]*)"/g)].map((m) => m[1]), ['node claim supported', 'node claim supported']);
    assert.equal(svg.match(/>Claim · supported</g)?.length, 2);
  });
});
