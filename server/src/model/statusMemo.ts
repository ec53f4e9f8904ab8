// The support graph of a keystroke's analysis from the previous analysis's (issue 12,
// "Incremental graph and analysis"), found through the nodes they share (analysisMemo.ts)
// and proved still right, wholly (the same edges, kinds and sources: shared as it is) or
// outside the edit's reach (statusUpdate.ts); when the proof fails, the graph is built afresh.
// Only a file that reaches no other is taken on: another file may have changed on disk.
import type { ReachedFiles } from './reach';
import type { GlobalEdge } from './resolve';
import { citesItself, SupportGraph } from './status';
import type { ArgNode } from './types';

/** What the next analysis needs of this one's support graph. */
export interface SupportMemo {
  nodes: readonly ArgNode[];
  /** The edge each node made (its tree edge, or its reference's edge), -1 for none. */
  madeBy: Int32Array;
  edges: readonly GlobalEdge[];
  support: SupportGraph;
}

/** Beyond this many changed nodes the walk of the edit's reach is no cheaper than a build. */
const MAX_CHANGED = 4096;

/**
 * The support graph of `ws` (its edges `edges`): from `prev`'s where that is proved right, else
 * afresh; and the memo for the next analysis (none when the file reaches another); `shared`
 * when the edges are `prev`'s, each where it was.
 */
export function* supportGraph(
  ws: ReachedFiles,
  edges: readonly GlobalEdge[],
  prev: SupportMemo | undefined,
): Generator<void, { support: SupportGraph; memo?: SupportMemo; shared: boolean }, void> {
  const local = ws.files[0];
  const alone = ws.files.length === 1 && ws.errors.size === 0;
  const made = alone ? madeBy(local.nodes.length, edges) : undefined;
  const changed = prev && made ? changedNodes(prev, local.nodes, made, edges) : undefined;
  let support: SupportGraph;
  const shared = prev !== undefined && changed?.length === 0;
  if (shared) support = SupportGraph.sharing(prev.support, ws.nodes, edges);
  else if (prev && changed) support = yield* SupportGraph.update(prev.support, ws.nodes, edges, changed);
  else support = yield* SupportGraph.build(ws.nodes, edges);
  return { support, memo: made && { nodes: local.nodes, madeBy: made, edges, support }, shared };
}

/** Each node's edge, by the node that made it: in a file alone, a node makes at most one (resolve.ts `connect`). */
function madeBy(n: number, edges: readonly GlobalEdge[]): Int32Array | undefined {
  const made = new Int32Array(n).fill(-1);
  for (let i = 0; i < edges.length; i++) {
    const maker = edges[i].via ?? edges[i].from;
    if (maker >= n || made[maker] !== -1) return undefined;
    made[maker] = i;
  }
  return made;
}

/**
 * The nodes whose support or citation the edit may have changed directly: each node whose
 * kind or sources changed, and the parents at both ends of each edge that changed (a node's
 * edge is the one it makes, so an edge cannot move without its maker). Undefined when the
 * node count changed, or too much did.
 */
function changedNodes(prev: SupportMemo, nodes: readonly ArgNode[], made: Int32Array, edges: readonly GlobalEdge[]): number[] | undefined {
  if (prev.nodes.length !== nodes.length) return undefined;
  const out: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const a = prev.nodes[i];
    const b = nodes[i];
    if (a !== b && (a.kind !== b.kind || !a.reference !== !b.reference || citesItself(a) !== citesItself(b))) out.push(i);
    const was = prev.madeBy[i] < 0 ? undefined : prev.edges[prev.madeBy[i]];
    const is = made[i] < 0 ? undefined : edges[made[i]];
    if (!sameEdge(was, is)) {
      if (was) out.push(was.to);
      if (is) out.push(is.to);
    }
    if (out.length > MAX_CHANGED) return undefined;
  }
  // Shared lists index edges by position: sharing needs every edge where it was.
  if (out.length === 0 && !sameOrder(prev.edges, edges)) return undefined;
  return out;
}

export function sameEdge(a: GlobalEdge | undefined, b: GlobalEdge | undefined): boolean {
  if (!a || !b) return a === b;
  return a.from === b.from && a.to === b.to && a.relation === b.relation && a.via === b.via;
}

function sameOrder(a: readonly GlobalEdge[], b: readonly GlobalEdge[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameEdge(a[i], b[i])) return false;
  return true;
}

/** Each analysis's `SupportGraph.recomputed`, for tests and the bench: which nodes' status it worked out. */
const work = new WeakMap<object, readonly number[] | 'all'>();

export function noteRecomputed(analysis: object, support: SupportGraph): void {
  work.set(analysis, support.recomputed);
}

/** The nodes whose support and citation `analysis` worked out rather than took from the last analysis ('all' when built afresh). */
export function statusRecomputed(analysis: object): readonly number[] | 'all' | undefined {
  return work.get(analysis);
}
