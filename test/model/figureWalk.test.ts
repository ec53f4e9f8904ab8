// The figure walk (issue 12): all claims' figure findings in one pass over the supports graph,
// compared with a naive search from each claim written here, on generated graphs; and its cost
// on a chain of sections that each reference the previous one.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import v8 from 'node:v8';
import vm from 'node:vm';
import fc from 'fast-check';
import {
  drain,
  figureKey,
  MAX_DIFFERING,
  SupportGraph,
  unitKey,
  type ArgNode,
  type Figure,
  type FigureFinding,
  type FigureKind,
  type FigureSource,
  type GlobalEdge,
  type ReachedNode,
} from '../../server/src/model';

// A full collection on demand, for the timing test (node --test runs without --expose-gc).
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

interface GenNode {
  kind: 'claim' | 'evidence' | 'challenge';
  cited: boolean;
  /** [value, kind, unit] */
  figures: [number, FigureKind, string][];
  body: [number, FigureKind, string][];
}

const figureOf = ([value, kind, unit]: [number, FigureKind, string]): Figure => ({ text: `${value} ${unit}`, value, kind, unit, range: RANGE });

function reached(gen: GenNode[]): ReachedNode[] {
  return gen.map((g, index) => ({
    file: 0,
    node: {
      index,
      kind: g.kind,
      figures: g.figures.map(figureOf),
      bodyFigures: g.body.map(figureOf),
      citations: g.cited ? [{ kind: 'url', url: 'https://example.org' }] : [],
    } as unknown as ArgNode,
  }));
}

/** The spec read directly: from each claim, every node below it through supports edges; its cited evidence's figures. */
function naive(nodes: ReachedNode[], edges: GlobalEdge[], support: SupportGraph, claim: number): FigureFinding[] {
  const below: number[] = [];
  const seen = new Set([claim]);
  const stack = [claim];
  while (stack.length) {
    const x = stack.pop() as number;
    for (const e of edges) {
      if (e.to !== x || e.relation !== 'supports' || seen.has(e.from)) continue;
      seen.add(e.from);
      below.push(e.from);
      stack.push(e.from);
    }
  }
  const sources: FigureSource[] = [];
  for (const x of below.sort((a, b) => a - b)) {
    if (nodes[x].node.kind !== 'evidence' || !support.statusOf(x).cited) continue;
    [...nodes[x].node.figures, ...nodes[x].node.bodyFigures].forEach((figure, index) => sources.push({ node: x, index, figure }));
  }
  return nodes[claim].node.figures.map((f): FigureFinding => {
    const same = sources.find((s) => figureKey(s.figure) === figureKey(f));
    if (same) return { state: 'stated', source: same };
    const u = unitKey(f);
    const differing = u === undefined ? [] : sources.filter((s) => unitKey(s.figure) === u);
    return differing.length ? { state: 'mismatch', differing: differing.slice(0, MAX_DIFFERING) } : { state: 'unsourced' };
  });
}

const figureArb = fc.tuple(
  fc.integer({ min: 1, max: 4 }),
  fc.constantFrom<FigureKind>('count', 'money', 'percent'),
  fc.constantFrom('companies', 'company', 'firms', '', '$', 'HK$', 'of GDP'),
);
const nodeArb = fc.record({
  kind: fc.constantFrom<GenNode['kind']>('claim', 'claim', 'evidence', 'evidence', 'challenge'),
  cited: fc.boolean(),
  figures: fc.array(figureArb, { maxLength: 3 }),
  body: fc.array(figureArb, { maxLength: 2 }),
});
const graphArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    nodes: fc.array(nodeArb, { minLength: n, maxLength: n }),
    edges: fc.array(fc.record({ from: fc.nat(n - 1), to: fc.nat(n - 1), relation: fc.constantFrom<'supports' | 'attacks'>('supports', 'supports', 'supports', 'attacks') }), { maxLength: 3 * n }),
  }),
);

describe('figure walk', () => {
  it('gives every claim the findings a naive search from that claim gives (generated graphs, cycles included)', () => {
    fc.assert(
      fc.property(graphArb, ({ nodes: gen, edges }) => {
        const nodes = reached(gen);
        const support = drain(SupportGraph.build(nodes, edges));
        const claims = gen.flatMap((g, i) => (g.kind === 'claim' ? [i] : []));
        const walked = support.figureFindings(claims);
        for (const c of claims) {
          if (!nodes[c].node.figures.length) continue;
          assert.deepEqual(walked.get(c), naive(nodes, edges, support, c), `claim ${c}`);
        }
      }),
      { numRuns: 2000, seed: 1213 },
    );
  });

  it('costs CPU time roughly linear in a chain of sections that each reference the previous one', () => {
    // The graph of `## Claim: … {#cI}` / `- Reason: [see](#cI-1)` / `- Evidence: …[^s]` sections: the
    // worst case for a walk from each claim. Claim i says a figure that only section i-1's evidence
    // states and one no evidence states; every evidence states a count of the same noun (so every
    // claim's second figure mismatches all of them below it).
    const chain = (n: number): { support: SupportGraph; claims: number[] } => {
      const gen: GenNode[] = [];
      const edges: GlobalEdge[] = [];
      for (let i = 0; i < n; i++) {
        gen.push({ kind: 'claim', cited: false, figures: [[1_000_000 + i, 'count', 'companies'], [5_000_000 + i, 'count', 'firms']], body: [] });
        gen.push({ kind: 'evidence', cited: true, figures: [[1_000_001 + i, 'count', 'companies'], [9_000_000 + i, 'count', 'firms']], body: [] });
        edges.push({ from: 2 * i + 1, to: 2 * i, relation: 'supports' });
        if (i > 0) edges.push({ from: 2 * i - 2, to: 2 * i, relation: 'supports', via: 2 * i });
      }
      const claims = gen.flatMap((g, i) => (g.kind === 'claim' ? [i] : []));
      return { support: drain(SupportGraph.build(reached(gen), edges)), claims };
    };
    // One walk's CPU time, from a heap just collected: left to chance, a collection of the previous
    // walk's garbage (or of the graph's build) lands in this walk, and one of a 20,000-section chain
    // costs several times its share.
    const walkCpu = ({ support, claims }: { support: SupportGraph; claims: number[] }): number => {
      collectGarbage();
      const t = process.cpuUsage();
      support.figureFindings(claims);
      const used = process.cpuUsage(t);
      return used.user + used.system;
    };
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    // The findings at the top of a small chain, worked out by hand.
    const { support, claims } = chain(3);
    const top = support.figureFindings(claims).get(4) as FigureFinding[];
    assert.deepEqual(top[0].state === 'stated' && [top[0].source.node, top[0].source.index], [3, 0]);
    assert.deepEqual(top[1].state === 'mismatch' && top[1].differing.map((d) => d.figure.value), [9_000_000, 9_000_001, 9_000_002]);
    // Both chains in the state a keystroke finds them (code optimised, figure keys known): two walks
    // each untimed, or the first chain timed pays for the cold start. Then the two sizes in turn,
    // so that the load of the machine weighs on both alike.
    const small = chain(10_000);
    const large = chain(20_000);
    for (let k = 0; k < 2; k++) [small, large].forEach(walkCpu);
    const smallTimes: number[] = [];
    const largeTimes: number[] = [];
    for (let k = 0; k < 7; k++) {
      smallTimes.push(walkCpu(small));
      largeTimes.push(walkCpu(large));
    }
    const ratio = median(largeTimes) / median(smallTimes);
    assert.ok(ratio < 3, `a chain of 20,000 sections costs ${ratio.toFixed(2)}× one of 10,000`);
  });
});
