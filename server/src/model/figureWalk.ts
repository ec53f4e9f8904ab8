// The figures each claim's support tree states, for all claims at once (issue 12): one pass over
// the strongly connected components of the supports graph, children before parents. Each
// component keeps, for the figure keys some claim of the file asks about, the first few evidence
// figures below it in a fixed order; a parent takes over the map of a component that supports
// only it (so a chain of references costs linear time) and merges the smaller maps into it.
// In slices of components (slices.ts), so that a server can answer other requests meanwhile.
import { beginKeyWalk, exactKeyOf, unitKeyOf } from './figures/keys';
import type { ReachedNode } from './reach';
import type { GlobalEdge } from './resolve';
import { SLICE } from './slices';
import type { Figure } from './types';

/** Evidence figures a mismatch lists at most (relatedInformation, the message, the hover). */
export const MAX_DIFFERING = 10;

/** A figure of a cited evidence node: `node` in the reached graph, `index` into its figures then body figures. */
export interface FigureSource {
  node: number;
  index: number;
  figure: Figure;
}

export type FigureFinding =
  | { state: 'stated'; source: FigureSource }
  | { state: 'mismatch'; differing: FigureSource[] }
  | { state: 'unsourced' };

/** The supports graph as SupportGraph keeps it: edges into each node as linked lists. */
export interface SupportsView {
  nodes: readonly ReachedNode[];
  edges: readonly GlobalEdge[];
  inHead: Int32Array;
  inNext: readonly number[];
  cited: Uint8Array;
  /** Strongly connected components: a parent's id is lower than its children's (Tarjan's order over child → parent edges). */
  component: Int32Array;
  components: number;
}

/** All figures evidence `x` states, text first, then body. */
function statedFigures(x: ReachedNode): Figure[] {
  return x.node.bodyFigures.length ? x.node.figures.concat(x.node.bodyFigures) : x.node.figures;
}

const before = (a: FigureSource, b: FigureSource): number => a.node - b.node || a.index - b.index;

/** The first `cap` of two sorted lists together, without repeats. */
function mergeSorted(a: readonly FigureSource[], b: readonly FigureSource[], cap: number): FigureSource[] {
  const out: FigureSource[] = [];
  let i = 0;
  let j = 0;
  while (out.length < cap && (i < a.length || j < b.length)) {
    const c = i >= a.length ? 1 : j >= b.length ? -1 : before(a[i], b[j]);
    if (c <= 0) out.push(a[i++]);
    else out.push(b[j++]);
    if (c === 0) j++;
  }
  return out;
}

type SourceMap = Map<string, FigureSource[]>;

const capOf = (key: string): number => (key.startsWith('=') ? 1 : MAX_DIFFERING);

function mergeInto(into: SourceMap, from: SourceMap): void {
  for (const [key, list] of from) {
    const have = into.get(key);
    into.set(key, have ? mergeSorted(have, list, capOf(key)) : list.slice());
  }
}

/**
 * For each claim in `claims` (reached-graph numbers), each of its own figures: stated by cited
 * evidence below it (the first such figure), differing from same-unit figures that such
 * evidence states (the first `MAX_DIFFERING`), or unsourced. With `scope` (nodes closed
 * downwards: every node below one of them is one of them, `claims` among them), the walk
 * looks at its nodes alone: what is below a claim is all a claim's findings read.
 */
export function* walkFigures(
  view: SupportsView,
  claims: readonly number[],
  scope?: readonly number[],
): Generator<void, Map<number, FigureFinding[]>, void> {
  const result = new Map<number, FigureFinding[]>();
  beginKeyWalk();
  const asked = new Set<string>();
  for (let k = 0; k < claims.length; k++) {
    if (k % SLICE === SLICE - 1) yield;
    for (const f of view.nodes[claims[k]].node.figures) {
      asked.add(exactKeyOf(f));
      const u = unitKeyOf(f);
      if (u !== undefined) asked.add(u);
    }
  }
  if (asked.size === 0) return result;
  const wanted = new Set(claims);
  const { nodes, edges, inHead, inNext, cited, component, components } = view;

  // Members of each component in the walk, by counting sort; the components walked, parents first.
  const n = scope ? scope.length : nodes.length;
  const nodeAt = scope ? (k: number): number => scope[k] : (k: number): number => k;
  const start = new Int32Array(components + 1);
  for (let k = 0; k < n; k++) start[component[nodeAt(k)] + 1]++;
  const walked: number[] = [];
  for (let c = 0; c < components; c++) {
    if (start[c + 1] > 0) walked.push(c);
    start[c + 1] += start[c];
  }
  const members = new Int32Array(n);
  const fill = start.slice(0, components);
  for (let k = 0; k < n; k++) members[fill[component[nodeAt(k)]]++] = nodeAt(k);

  // Each component's child components, once each; how many parents will read each map.
  const mark = new Int32Array(components).fill(-1);
  const childrenOf = (c: number): number[] => {
    const out: number[] = [];
    for (let m = start[c]; m < start[c + 1]; m++) {
      for (let i = inHead[members[m]]; i >= 0; i = inNext[i]) {
        const e = edges[i];
        if (e.relation !== 'supports') continue;
        const d = component[e.from];
        if (d === c || mark[d] === c) continue;
        mark[d] = c;
        out.push(d);
      }
    }
    return out;
  };
  const readers = new Int32Array(components);
  const children: number[][] = new Array<number[]>(components);
  // Work since the last pause: members looked at (a component may be the whole file).
  let work = 0;
  for (const c of walked) {
    work += start[c + 1] - start[c];
    if (work >= SLICE) {
      work = 0;
      yield;
    }
    children[c] = childrenOf(c);
    for (const d of children[c]) readers[d]++;
  }

  const maps: (SourceMap | undefined)[] = new Array<SourceMap | undefined>(components);
  // Children have higher ids than their parents.
  for (let w = walked.length - 1; w >= 0; w--) {
    const c = walked[w];
    if (++work >= SLICE) {
      work = 0;
      yield;
    }
    // The largest child map is the base: taken over when this is its only reader, else copied.
    let base: SourceMap | undefined;
    let baseChild = -1;
    for (const d of children[c]) {
      const m = maps[d];
      if (m && (!base || m.size > base.size)) {
        base = m;
        baseChild = d;
      }
    }
    let map: SourceMap;
    if (base && readers[baseChild] === 1) map = base;
    else {
      map = new Map();
      if (base) mergeInto(map, base);
    }
    for (const d of children[c]) {
      const m = maps[d];
      if (m && d !== baseChild) mergeInto(map, m);
      if (--readers[d] === 0) maps[d] = undefined;
    }
    for (let m = start[c]; m < start[c + 1]; m++) {
      if (++work >= SLICE) {
        work = 0;
        yield;
      }
      const x = members[m];
      if (nodes[x].node.kind !== 'evidence' || !cited[x] || nodes[x].node.reference) continue;
      statedFigures(nodes[x]).forEach((figure, index) => {
        const one = [{ node: x, index, figure }];
        for (const key of [exactKeyOf(figure), unitKeyOf(figure)]) {
          if (key === undefined || !asked.has(key)) continue;
          const have = map.get(key);
          map.set(key, have ? mergeSorted(have, one, capOf(key)) : one);
        }
      });
    }
    // A claim reaches its whole component (a claim alone in one states nothing itself).
    for (let m = start[c]; m < start[c + 1]; m++) {
      const x = members[m];
      if (wanted.has(x)) result.set(x, nodes[x].node.figures.map((f) => findingOf(map, f)));
    }
    if (map.size && readers[c] > 0) maps[c] = map;
  }
  return result;
}

function findingOf(map: SourceMap, f: Figure): FigureFinding {
  const stated = map.get(exactKeyOf(f));
  if (stated) return { state: 'stated', source: stated[0] };
  const u = unitKeyOf(f);
  const differing = u === undefined ? undefined : map.get(u);
  // No evidence below states this value, so every figure of the same unit below differs.
  return differing ? { state: 'mismatch', differing } : { state: 'unsourced' };
}
