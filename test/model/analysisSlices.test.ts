// The analysis in slices (issue 12, "a bounded worst case"): `analysisSteps` pauses every
// SLICE nodes or edges in each of its phases, so a server running it is never held for a
// whole phase of a large file. A phase that went back to one long step would pause once.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  analysisSteps,
  drain,
  parseDocument,
  SLICE,
  SupportGraph,
  type Analysis,
  type AnalysisPhase,
  type ArgNode,
  type GlobalEdge,
  type ReachedNode,
} from '../../server/src/model';

/** `sections` claims, each with a figure and one cited evidence below stating it: two nodes, one supports edge, no diagnostic. */
function sectionsDocument(sections: number): string {
  const out: string[] = [];
  for (let k = 0; k < sections; k++) {
    out.push('Claim: Output rose 12% this year.', '', `- Evidence: The yearly log shows 12% growth.[^s${k}]`, '', `[^s${k}]: The plant's yearly report.`, '');
  }
  return out.join('\n');
}

/** The analysis of `text`, and how many times each phase paused. */
function pauses(text: string): { analysis: Analysis; counts: Map<AnalysisPhase, number>; chunks: number } {
  const doc = parseDocument(text);
  const chunks = doc.chunks.length;
  const steps = analysisSteps(doc, { path: 'big.arg.md' });
  const counts = new Map<AnalysisPhase, number>();
  for (;;) {
    const step = steps.next();
    if (step.done) return { analysis: step.value, counts, chunks };
    counts.set(step.value, (counts.get(step.value) ?? 0) + 1);
  }
}

describe('analysisSteps in slices', () => {
  const sections = 5000;
  const { analysis, counts, chunks } = pauses(sectionsDocument(sections));

  it('analyses the generated document as built: a claim and its evidence per section, no diagnostic', () => {
    assert.equal(analysis.nodes.length, 2 * sections);
    assert.equal(analysis.nodes.filter((n) => n.kind === 'claim').length, sections);
    assert.equal(analysis.edges.length, sections);
    assert.deepEqual(analysis.diagnostics, []);
  });

  // Each of these phases looks at every node at least once: at least one pause per SLICE of them.
  const nodes = 2 * sections;
  for (const phase of ['status', 'figures', 'edges', 'diagnose'] as const) {
    it(`pauses at least every ${SLICE} nodes while computing the ${phase}`, () => {
      assert.ok((counts.get(phase) ?? 0) >= Math.floor(nodes / SLICE), `${phase}: ${counts.get(phase) ?? 0} pauses for ${nodes} nodes`);
    });
  }

  it('pauses at least every 64 chunks while building the graph (once for the facts of the whole document, once for the nodes)', () => {
    assert.ok(chunks >= 64, `the document has only ${chunks} chunks`);
    assert.ok((counts.get('graph') ?? 0) >= 2 * Math.floor(chunks / 64), `graph: ${counts.get('graph') ?? 0} pauses for ${chunks} chunks`);
  });
});

/**
 * A chain of `n` sections as the supports graph holds it: claim i (a figure) under cited
 * evidence stating it, and supporting claim i+1 through a reference. `nodes` counts every
 * read of a node, the walks' unit of work.
 */
function countedChain(n: number): { nodes: ReachedNode[]; edges: GlobalEdge[]; claims: number[]; reads: { count: number } } {
  const figure = { text: '12%', value: 12, kind: 'percent', unit: '', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } } };
  const plain: ReachedNode[] = [];
  const edges: GlobalEdge[] = [];
  for (let i = 0; i < n; i++) {
    plain.push({ file: 0, node: { index: 2 * i, kind: 'claim', figures: [figure], bodyFigures: [], citations: [] } as unknown as ArgNode });
    plain.push({
      file: 0,
      node: { index: 2 * i + 1, kind: 'evidence', figures: [figure], bodyFigures: [], citations: [{ kind: 'url', url: 'https://example.org' }] } as unknown as ArgNode,
    });
    edges.push({ from: 2 * i + 1, to: 2 * i, relation: 'supports' });
    if (i > 0) edges.push({ from: 2 * i - 2, to: 2 * i, relation: 'supports', via: 2 * i });
  }
  const reads = { count: 0 };
  const nodes = new Proxy(plain, {
    get(target, key, receiver) {
      if (typeof key === 'string' && /^\d+$/.test(key)) reads.count++;
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return { nodes, edges, claims: plain.flatMap((g, i) => (g.node.kind === 'claim' ? [i] : [])), reads };
}

/** The most nodes `steps` read between two pauses, and its result. */
function mostReadsBetweenPauses<T>(steps: Generator<void, T, void>, reads: { count: number }): { most: number; result: T } {
  let most = 0;
  for (;;) {
    const before = reads.count;
    const step = steps.next();
    most = Math.max(most, reads.count - before);
    if (step.done) return { most, result: step.value };
  }
}

describe('the supports graph in slices', () => {
  // A node is read a few times per item of work (its kind, its citations, its figures): a
  // walk that pauses every SLICE items reads a few SLICEs of nodes at most between pauses;
  // one that did not would read all 20,000 nodes of the chain, some of them several times.
  const sections = 10_000;
  const bound = 8 * SLICE;

  it(`computes support reading at most ${bound} nodes between pauses`, () => {
    const { nodes, edges, reads } = countedChain(sections);
    const { most, result } = mostReadsBetweenPauses(SupportGraph.build(nodes, edges), reads);
    assert.ok(most <= bound, `${most} node reads in one step`);
    // Every claim: its evidence is cited, so it is supported.
    assert.ok(Array.from({ length: sections }, (_, i) => result.statusOf(2 * i).supported).every(Boolean));
  });

  it(`walks the figures reading at most ${bound} nodes between pauses`, () => {
    const { nodes, edges, claims, reads } = countedChain(sections);
    const support = drain(SupportGraph.build(nodes, edges));
    const { most, result } = mostReadsBetweenPauses(support.figureFindingSteps(claims), reads);
    assert.ok(most <= bound, `${most} node reads in one step`);
    // Below the last claim lies every section's evidence, each stating 12%: the first in document order (node 1) is named.
    assert.deepEqual(result.get(2 * (sections - 1)), [{ state: 'stated', source: { node: 1, index: 0, figure: nodes[1].node.figures[0] } }]);
  });
});
