// The support graph of a keystroke's analysis from the previous analysis's (issue 12,
// "Incremental graph and analysis"). The graph step reuses every node an edit cannot have
// changed (nodeAssembly.ts); here the previous support graph is found through those nodes
// and proved still right, wholly (the same edges, kinds and sources: shared as it is) or
// outside the edit's reach (statusUpdate.ts); when the proof fails, the graph is built afresh.
// Only a file that reaches no other is taken on: another file may have changed on disk.
import type { ReachedFiles } from './reach';
import type { GlobalEdge } from './resolve';
import { citesItself, SupportGraph } from './status';
import type { ArgNode } from './types';

/** What the next analysis needs of this one's support graph. */
interface SupportMemo {
  path: string;
  nodes: readonly ArgNode[];
  /** The edge each node made (its tree edge, or its reference's edge), -1 for none. */
  madeBy: Int32Array;
  edges: readonly GlobalEdge[];
  support: SupportGraph;
}

/**
 * The last memo, under a few of its nodes (the first, middle and last): the next version shares
 * most nodes. Held weakly, and each memo names no other, so at most the memos of the analyses
 * still alive are kept, never a chain.
 */
const memos = new WeakMap<ArgNode, SupportMemo>();

/** Beyond this many changed nodes the walk of the edit's reach is no cheaper than a build. */
const MAX_CHANGED = 4096;

/** The support graph of `ws` (its edges `edges`): from the last analysis's where that is proved right, else afresh. */
export function* supportGraph(ws: ReachedFiles, edges: readonly GlobalEdge[]): Generator<void, SupportGraph, void> {
  const local = ws.files[0];
  const alone = ws.files.length === 1 && ws.errors.size === 0;
  const made = alone ? madeBy(local.nodes.length, edges) : undefined;
  const prev = made && previous(local.nodes);
  const changed = prev && made ? changedNodes(prev, local.path, local.nodes, made, edges) : undefined;
  let support: SupportGraph;
  if (prev && changed?.length === 0) support = SupportGraph.sharing(prev.support, ws.nodes, edges);
  else if (prev && changed) support = yield* SupportGraph.update(prev.support, ws.nodes, edges, changed);
  else support = yield* SupportGraph.build(ws.nodes, edges);
  if (made) {
    const memo: SupportMemo = { path: local.path, nodes: local.nodes, madeBy: made, edges, support };
    for (const n of keys(local.nodes)) memos.set(n, memo);
  }
  return support;
}

function keys(nodes: readonly ArgNode[]): ArgNode[] {
  return nodes.length ? [nodes[0], nodes[nodes.length >> 1], nodes[nodes.length - 1]] : [];
}

function previous(nodes: readonly ArgNode[]): SupportMemo | undefined {
  for (const n of keys(nodes)) {
    const memo = memos.get(n);
    if (memo) return memo;
  }
  return undefined;
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
 * memo is of another file or shape, or too much changed.
 */
function changedNodes(prev: SupportMemo, path: string, nodes: readonly ArgNode[], made: Int32Array, edges: readonly GlobalEdge[]): number[] | undefined {
  if (prev.path !== path || prev.nodes.length !== nodes.length) return undefined;
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

function sameEdge(a: GlobalEdge | undefined, b: GlobalEdge | undefined): boolean {
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
