// Which claims' figure findings an edit can have changed (issue 12, "Incremental graph and
// analysis"). A claim's findings read only what is below it in the supports graph: those
// nodes (their kinds, figures, sources), whether each is cited, and the edges between them.
// So a claim that no changed node reaches keeps the last analysis's findings, and the walk
// (figureWalk.ts) runs again over what is below the other claims alone.
import { SLICE } from './slices';
import { sameEdge, type SupportMemo } from './statusMemo';
import type { SupportGraph } from './status';
import type { ClaimFigure } from './types';

/** The claims to walk again and the nodes the walk needs, beside the last findings. */
export interface FigureEdit {
  /** 1 for each node an edited node reaches by supports edges (its findings may have changed). */
  dirty: Uint8Array;
  /** The nodes below the dirty claims, themselves included: closed downwards. */
  scope: number[];
  prev: ReadonlyMap<number, ClaimFigure[]>;
}

/** Beyond this many edited nodes the reach is no cheaper than the whole walk. */
const MAX_SEEDS = 4096;

/**
 * What the figure walk after an edit must redo, from the last analysis's support memo and
 * findings (`prev`, `prevFigures`) and this one's (`now`, `support`); undefined when the whole
 * walk must run (no memo: another file is reached, or the node count changed, or too much did).
 */
export function* figureEdit(
  prev: SupportMemo | undefined,
  prevFigures: ReadonlyMap<number, ClaimFigure[]> | undefined,
  now: SupportMemo | undefined,
  support: SupportGraph,
): Generator<void, FigureEdit | undefined, void> {
  if (!prev || !now || !prevFigures || prev.nodes.length !== now.nodes.length) return undefined;
  const n = now.nodes.length;
  const dirty = new Uint8Array(n);
  const reach: number[] = [];
  const seed = (x: number): void => {
    if (dirty[x]) return;
    dirty[x] = 1;
    reach.push(x);
  };
  for (let i = 0; i < n; i++) {
    // (A citation that changed did so below a changed node or edge: reached from it below.)
    if (prev.nodes[i] !== now.nodes[i]) seed(i);
    const was = prev.madeBy[i] < 0 ? undefined : prev.edges[prev.madeBy[i]];
    const is = now.madeBy[i] < 0 ? undefined : now.edges[now.madeBy[i]];
    // An edge gone or come changes what is below both parents (and all above them).
    if (!sameEdge(was, is)) {
      if (was) seed(was.to);
      if (is) seed(is.to);
    }
    if (reach.length > MAX_SEEDS) return undefined;
    if (i % SLICE === SLICE - 1) yield;
  }
  // Up the supports edges of the new graph: an old path through an edge that is gone reaches
  // that edge's parent, a seed, by edges that are still there.
  const { outHead, outNext, inHead, inNext, edges, nodes } = support;
  for (let k = 0; k < reach.length; k++) {
    for (let e = outHead[reach[k]]; e >= 0; e = outNext[e]) seed(edges[e].to);
    if (k % SLICE === SLICE - 1) yield;
  }
  // Down from the dirty claims: what their walk reads.
  const inScope = new Uint8Array(n);
  const scope: number[] = [];
  for (const x of reach) {
    if (nodes[x].node.kind !== 'claim' || inScope[x]) continue;
    inScope[x] = 1;
    scope.push(x);
  }
  for (let k = 0; k < scope.length; k++) {
    for (let e = inHead[scope[k]]; e >= 0; e = inNext[e]) {
      const from = edges[e].from;
      if (edges[e].relation !== 'supports' || inScope[from]) continue;
      inScope[from] = 1;
      scope.push(from);
    }
    if (k % SLICE === SLICE - 1) yield;
  }
  return { dirty, scope, prev: prevFigures };
}

/** Each `claimFigures` result's walked claims ('all' for the whole walk), for tests and the bench. */
const walked = new WeakMap<object, readonly number[] | 'all'>();

export function noteWalked(figures: object, claims: readonly number[] | 'all'): void {
  walked.set(figures, claims);
}

/** The claims whose figure findings `analysis` worked out rather than took from the last analysis ('all' for the whole walk). */
export function figuresWalked(analysis: { claimFigures?: object }): readonly number[] | 'all' | undefined {
  return analysis.claimFigures && walked.get(analysis.claimFigures);
}
