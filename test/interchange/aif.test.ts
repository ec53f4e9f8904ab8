// `argmap graph --format aif`: OVA3's xAIF, checked by a validator written from the spec, a golden
// file worked out by hand, the article sample, and an independent reader (arguebuf).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { load } from 'arguebuf';
import type { GraphJson } from '../../server/src/model';
import { toXaif } from '../../server/src/interchange/aif';
import { argmap, REPO, workspace } from '../cli/helpers';
import { CROSS_FILE, FACTS, GRAPH } from '../cli/fixtures';
import { xaifProblems } from './aifValidator';

const GOLDEN = path.join(REPO, 'test', 'interchange', 'golden');
const SAMPLE = 'samples/greater-bay-area.arg.md';

describe('argmap graph --format aif', () => {
  let dir = '';
  let cleanup = () => {};
  before(() => {
    ({ dir, cleanup } = workspace({ 'map.arg.md': GRAPH, 'main.arg.md': CROSS_FILE, 'facts.arg.md': FACTS }));
  });
  after(() => cleanup());

  const exportAif = (cwd: string, file: string) => {
    const r = argmap(cwd, 'graph', '--format', 'aif', file);
    assert.equal(r.code, 0, r.stderr);
    return { raw: r.stdout, doc: JSON.parse(r.stdout) };
  };
  const graphOf = (cwd: string, file: string) => JSON.parse(argmap(cwd, 'graph', '--format', 'json', file).stdout) as GraphJson;

  it('matches the golden file worked out by hand: I-nodes, one RA/CA per edge, ids, positions', () => {
    const { doc } = exportAif(dir, 'map.arg.md');
    assert.deepEqual(doc, JSON.parse(fs.readFileSync(path.join(GOLDEN, 'map.aif.json'), 'utf8')));
  });

  it('passes the structural validator, with counts matching the graph JSON', () => {
    const { doc } = exportAif(dir, 'map.arg.md');
    assert.deepEqual(xaifProblems(doc, graphOf(dir, 'map.arg.md')), []);
  });

  it('exports the article sample: valid, every node and edge of its graph there', () => {
    const { doc } = exportAif(REPO, SAMPLE);
    const graph = graphOf(REPO, SAMPLE);
    assert.ok(graph.nodes.length > 20);
    assert.deepEqual(xaifProblems(doc, graph), []);
  });

  it('is deterministic: the same file gives the same bytes', () => {
    assert.equal(exportAif(REPO, SAMPLE).raw, exportAif(REPO, SAMPLE).raw);
  });

  it('gives a cross-file target its text when the file can be read, else file.arg.md#id', () => {
    const read = exportAif(dir, 'main.arg.md').doc;
    assert.deepEqual(xaifProblems(read, graphOf(dir, 'main.arg.md')), []);
    assert.deepEqual(
      read.AIF.nodes.filter((n: { type: string }) => n.type === 'I').map((n: { text: string }) => n.text),
      ['Parks cool cities', 'Shaded streets are cooler than open ones.'],
    );
    // A broken link is no edge, so the fallback shows where the text cannot be had: no reader.
    const main = graphOf(dir, 'main.arg.md');
    const bare = toXaif(main);
    assert.deepEqual(
      bare.AIF.nodes.filter((n) => n.type === 'I').map((n) => n.text),
      ['Parks cool cities', 'facts.arg.md#heat'],
    );
  });

  it('loads in arguebuf, an independent reader, as xAIF and the AIF part alone', () => {
    const { doc } = exportAif(REPO, SAMPLE);
    const graph = graphOf(REPO, SAMPLE);
    const edges = graph.edges.length;
    for (const loaded of [load.xaif(doc), load.aif({ ...doc.AIF })]) {
      const nodes = Object.values(loaded.nodes);
      const atoms = nodes.filter((n) => n.type === 'atom');
      const schemes = nodes.filter((n) => n.type === 'scheme');
      assert.equal(atoms.length, doc.AIF.nodes.filter((n: { type: string }) => n.type === 'I').length);
      assert.equal(schemes.length, edges);
      assert.equal(Object.keys(loaded.edges).length, 2 * edges);
      const kinds = schemes.map((s) => (s.type === 'scheme' ? s.scheme?.case : undefined));
      assert.equal(kinds.filter((k) => k === 'support').length, graph.edges.filter((e) => e.relation === 'supports').length);
      assert.equal(kinds.filter((k) => k === 'attack').length, graph.edges.filter((e) => e.relation === 'attacks').length);
      for (const n of graph.nodes) assert.ok(atoms.some((a) => a.type === 'atom' && a.text === n.text), n.id);
    }
  });
});

describe('the xAIF validator', () => {
  const graph: GraphJson = {
    nodes: [
      { id: 'a', kind: 'claim', text: 'A', line: 0, status: 'supported', contested: false, cited: false, figures: [] },
      { id: 'b', kind: 'evidence', text: 'B', line: 1, status: 'cited', contested: false, cited: true, figures: [] },
    ],
    edges: [{ from: 'b', to: 'a', relation: 'supports' }],
  };

  it('accepts the export of a small graph and catches each broken rule', () => {
    const good = toXaif(graph);
    assert.deepEqual(xaifProblems(good, graph), []);
    const broken = (change: (d: ReturnType<typeof toXaif>) => void) => {
      const d = structuredClone(good);
      change(d);
      return xaifProblems(d, graph);
    };
    assert.notDeepEqual(broken((d) => (d.AIF.nodes[1].nodeID = '1')), []);
    assert.notDeepEqual(broken((d) => d.AIF.edges.push({ edgeID: 9, fromID: '2', toID: '1', formEdgeID: null })), []);
    assert.notDeepEqual(broken((d) => (d.AIF.edges[1].toID = '99')), []);
    assert.notDeepEqual(broken((d) => d.OVA.nodes.pop()), []);
    assert.notDeepEqual(broken((d) => d.OVA.edges.pop()), []);
    assert.notDeepEqual(broken((d) => ((d.AIF.nodes[2] as { type: string }).type = 'MA')), []);
  });
});
