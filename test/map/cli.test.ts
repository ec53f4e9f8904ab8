// `argmap graph --format svg FILE`: the map of a real file through the model, as a stand-alone SVG.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/model';
import { toGraphJson } from '../../server/src/model';
import { layoutMap, renderSvg, type MapGraph } from '../../server/src/map';
import { argmap, workspace } from '../cli/helpers';
import { CROSS_FILE, FACTS, GRAPH } from '../cli/fixtures';
import { xmlProblem } from './xml';

describe('argmap graph --format svg', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'map.arg.md': GRAPH, 'main.arg.md': CROSS_FILE, 'facts.arg.md': FACTS }));
  });
  after(() => cleanup());

  it('prints the stand-alone SVG of the file, the same as the map module renders', () => {
    const r = argmap(dir, 'graph', '--format', 'svg', 'map.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.equal(xmlProblem(r.stdout), undefined);
    assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    const graph: MapGraph = toGraphJson(analyzeText(GRAPH, { path: 'map.arg.md' }));
    assert.equal(r.stdout, renderSvg(layoutMap(graph)));
    const ids = [...r.stdout.matchAll(/<g class="node ([^"]*)" id="([^"]*)"/g)].map((m) => `${m[2]}: ${m[1]}`);
    assert.deepEqual(ids, [
      // land attacks parks but rooftop answers it, so parks is not contested; rooftop (open) contests land.
      'parks: claim supported',
      'shade: evidence cited',
      'land: challenge answered unsupported',
      'rooftop-parks-take-no-land: challenge open supported',
    ]);
  });

  it('hangs each node under its structural parent (rooftop under land, not under the shade it cites)', () => {
    const graph: MapGraph = toGraphJson(analyzeText(GRAPH, { path: 'map.arg.md' }));
    const layout = layoutMap(graph);
    const y = Object.fromEntries(layout.boxes.map((b) => [b.id, b.y]));
    assert.deepEqual([y.parks, y.shade, y.land, y['rooftop-parks-take-no-land']], [0, 140, 140, 280]);
    const reference = layout.edges.find((e) => !e.tree)!;
    assert.deepEqual([layout.boxes[reference.from].id, layout.boxes[reference.to].id], ['shade', 'rooftop-parks-take-no-land']);
  });

  it('draws a cross-file target as a box named by its file', () => {
    const r = argmap(dir, 'graph', '--format', 'svg', 'main.arg.md');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /<g class="node external" id="facts\.arg\.md#heat"/);
  });

  it('lists svg among the formats in --help', () => {
    assert.match(argmap(dir, 'graph', '--help').stdout, /--format svg/);
  });
});
