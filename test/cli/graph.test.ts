// `argmap graph` as a process, in each format, on a file whose map follows from the spec by hand.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphJson } from '../../server/src/protocol';
import { argmap, assertOneLineError, lines, workspace } from './helpers';
import { CROSS_FILE, FACTS, GRAPH } from './fixtures';

describe('argmap graph', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'map.arg.md': GRAPH, 'main.arg.md': CROSS_FILE, 'facts.arg.md': FACTS, 'folder/x.arg.md': GRAPH }));
  });
  after(() => cleanup());

  it('prints an indented tree by default: roots first, kind, status, contested, references with their target, each line and explicit id', () => {
    const r = argmap(dir, 'graph', 'map.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(
      r.stdout,
      lines(
        '1  claim (supported): Parks cool cities {#parks}',
        '3  ├─ evidence (cited): Shaded streets are 35% cooler at noon. {#shade}',
        '4  └─ challenge (answered, unsupported): Parks take land that housing needs. {#land}',
        '5     └─ challenge (open, supported): Rooftop parks take no land.',
        '6        └─ evidence → #shade (cited): shade figures',
      ),
    );
    assert.equal(argmap(dir, 'graph', '--format', 'tree', 'map.arg.md').stdout, r.stdout);
  });

  it('prints the spec graph JSON: no reference nodes, edges child → parent', () => {
    const r = argmap(dir, 'graph', '--format', 'json', 'map.arg.md');
    assert.equal(r.code, 0, r.stderr);
    const graph = JSON.parse(r.stdout) as GraphJson;
    assert.deepEqual(
      graph.nodes.map((n) => [n.kind, n.text, n.line, n.status, n.contested]),
      [
        ['claim', 'Parks cool cities', 0, 'supported', false],
        ['evidence', 'Shaded streets are 35% cooler at noon.', 2, 'cited', false],
        ['challenge', 'Parks take land that housing needs.', 3, 'unsupported', true],
        ['challenge', 'Rooftop parks take no land.', 4, 'supported', false],
      ],
    );
    const [parks, shade, land, rebuttal] = graph.nodes;
    assert.deepEqual([parks.id, shade.id, land.id], ['parks', 'shade', 'land']);
    assert.equal(shade.cited, true);
    assert.deepEqual(shade.figures, [{ text: '35%', value: 35, kind: 'percent' }]);
    assert.ok(rebuttal.id.length > 0 && !/^\d+$/.test(rebuttal.id), rebuttal.id);
    // map.md's additions: each node's structural parent, and `reference: true` on the edge that the
    // reference [shade figures](#shade) makes (line 5, under the rebuttal).
    assert.deepEqual(
      graph.nodes.map((n) => n.parent),
      [null, 'parks', 'parks', 'land'],
    );
    assert.deepEqual(graph.edges, [
      { from: 'shade', to: 'parks', relation: 'supports' },
      { from: 'land', to: 'parks', relation: 'attacks' },
      { from: rebuttal.id, to: 'land', relation: 'attacks' },
      { from: 'shade', to: rebuttal.id, relation: 'supports', reference: true },
    ]);
  });

  it('names a node of another file file.arg.md#id in edges', () => {
    const graph = JSON.parse(argmap(dir, 'graph', '--format', 'json', 'main.arg.md').stdout) as GraphJson;
    assert.deepEqual(
      graph.nodes.map((n) => [n.id, n.status]),
      [['parks', 'supported']],
    );
    assert.deepEqual(graph.edges, [{ from: 'facts.arg.md#heat', to: 'parks', relation: 'supports', reference: true }]);
  });

  it('prints a fenced Mermaid flowchart with solid supports and dotted attacks', () => {
    const r = argmap(dir, 'graph', '--format', 'mermaid', 'map.arg.md');
    assert.equal(r.code, 0, r.stderr);
    const chart = r.stdout.split('\n');
    assert.equal(chart[0], '```mermaid');
    assert.equal(chart[1], 'flowchart BT');
    assert.equal(chart.at(-2), '```');
    assert.equal(chart.filter((l) => /^ {2}n\d+[[{]/.test(l)).length, 4);
    assert.equal(chart.filter((l) => / --> /.test(l)).length, 2);
    assert.equal(chart.filter((l) => / -\.->\|attacks\| /.test(l)).length, 2);
  });

  it('prints a Graphviz digraph', () => {
    const r = argmap(dir, 'graph', '--format', 'dot', 'map.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^digraph argmap \{\n[\s\S]*\n\}\n$/);
    assert.equal(r.stdout.split('\n').filter((l) => l.includes(' -> ')).length, 4);
  });

  for (const [args, message] of [
    [['graph', 'missing.arg.md'], /^argmap: cannot read 'missing\.arg\.md': it does not exist\n$/],
    [['graph', 'folder'], /^argmap: cannot read 'folder': it is a directory\n$/],
    [['graph', 'map.arg.md', 'main.arg.md'], /exactly one file/],
    [['graph', '--format', 'png', 'map.arg.md'], /unknown format 'png'/],
    [['graph'], /exactly one file/],
  ] as const) {
    it(`exits 2: argmap ${args.join(' ')}`, () => {
      const r = argmap(dir, ...args);
      assert.equal(r.code, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, message);
      assert.ok(assertOneLineError(r.stderr), r.stderr);
    });
  }
});
