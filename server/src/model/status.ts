// Status over the reached graph: support and citation as a least fixpoint (so support
// that only runs through a cycle does not count), attacks and contested nodes, the
// reference edges that close a cycle of supports (Tarjan), and the figures stated below claims (figureWalk.ts).
import { walkFigures, type FigureFinding } from './figureWalk';
import { drain, SLICE } from './slices';
import { refixSupport } from './statusUpdate';
import type { ReachedNode } from './reach';
import type { GlobalEdge } from './resolve';
import type { ArgNode, NodeStatus } from './types';

/** The 8 possible statuses, shared: a huge file has tens of thousands of nodes. */
const STATUSES: readonly NodeStatus[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({ supported: (bits & 1) !== 0, cited: (bits & 2) !== 0, contested: (bits & 4) !== 0 }),
);

export class SupportGraph {
  // The lists and flags are read by statusUpdate.ts too; nothing changes them once the graph is computed
  // (the next keystroke's graph may share them).
  /** Edges into each node as linked lists (head per node, next per edge): no array per node. */
  readonly inHead: Int32Array;
  readonly inNext: number[];
  /** Supports edges out of each node, the same way. */
  readonly outHead: Int32Array;
  readonly outNext: number[];
  readonly cited: Uint8Array;
  readonly supported: Uint8Array;
  /** Attacked by at least one challenge. */
  private readonly attackedBy: Uint8Array;
  /** Attacked by a challenge that nothing attacks. */
  private readonly contested: Uint8Array;
  /** The supports graph's strongly connected components, found once (cycles and figures both need them). */
  private components?: { id: Int32Array; size: number[] };
  readonly nodes: readonly ReachedNode[];
  readonly edges: readonly GlobalEdge[];
  /**
   * The nodes whose support and citation this graph worked out (the rest it took from the
   * previous one): every node for `build`, none for `sharing`, the edit's reach for `update`.
   */
  recomputed: readonly number[] | 'all' = 'all';

  /** An empty graph (`build` and `update` compute it), or one with `shared`'s lists, flags and components. */
  private constructor(nodes: readonly ReachedNode[], edges: readonly GlobalEdge[], shared?: SupportGraph) {
    this.nodes = nodes;
    this.edges = edges;
    if (shared) {
      this.inHead = shared.inHead;
      this.inNext = shared.inNext;
      this.outHead = shared.outHead;
      this.outNext = shared.outNext;
      this.attackedBy = shared.attackedBy;
      this.contested = shared.contested;
      this.cited = shared.cited;
      this.supported = shared.supported;
      this.components = shared.components;
      this.recomputed = [];
      return;
    }
    const n = nodes.length;
    this.inHead = new Int32Array(n).fill(-1);
    this.outHead = new Int32Array(n).fill(-1);
    this.inNext = new Array<number>(edges.length);
    this.outNext = new Array<number>(edges.length);
    this.attackedBy = new Uint8Array(n);
    this.contested = new Uint8Array(n);
    this.cited = new Uint8Array(n);
    this.supported = new Uint8Array(n);
  }

  /** The graph of `nodes` and `edges`, computed in slices. */
  static *build(nodes: readonly ReachedNode[], edges: readonly GlobalEdge[]): Generator<void, SupportGraph, void> {
    const graph = new SupportGraph(nodes, edges);
    yield* graph.compute();
    return graph;
  }

  /**
   * `prev`'s results for `nodes` and `edges` when their supports graph is `prev`'s: the same
   * edges at the same places and the same kinds and sources (statusMemo.ts checks).
   */
  static sharing(prev: SupportGraph, nodes: readonly ReachedNode[], edges: readonly GlobalEdge[]): SupportGraph {
    return new SupportGraph(nodes, edges, prev);
  }

  /**
   * The graph of `nodes` and `edges`, taking from `prev` (the same nodes before an edit) the
   * support and citation of every node that no node of `changed` reaches by supports edges:
   * `changed` holds every node whose kind or sources changed and both ends' parents of every
   * edge that changed (statusUpdate.ts). Lists, attacks and components are computed afresh.
   */
  static *update(prev: SupportGraph, nodes: readonly ReachedNode[], edges: readonly GlobalEdge[], changed: readonly number[]): Generator<void, SupportGraph, void> {
    const graph = new SupportGraph(nodes, edges);
    yield* graph.computeLists();
    graph.cited.set(prev.cited);
    graph.supported.set(prev.supported);
    graph.recomputed = yield* refixSupport(graph, changed);
    return graph;
  }

  private *compute(): Generator<void, void, void> {
    yield* this.computeLists();
    yield* this.computeSupport();
  }

  /** The linked lists, attacked and contested. */
  private *computeLists(): Generator<void, void, void> {
    const edges = this.edges;
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i];
      this.inNext[i] = this.inHead[e.to];
      this.inHead[e.to] = i;
      if (e.relation === 'supports') {
        this.outNext[i] = this.outHead[e.from];
        this.outHead[e.from] = i;
      } else this.attackedBy[e.to] = 1;
      if (i % SLICE === SLICE - 1) yield;
    }
    for (let i = 0; i < edges.length; i++) {
      const e = edges[i];
      if (e.relation === 'attacks' && !this.attackedBy[e.from]) this.contested[e.to] = 1;
      if (i % SLICE === SLICE - 1) yield;
    }
  }

  /** Least fixpoint: evidence is cited by its own sources or cited corroboration; claims by cited evidence or supported claims. */
  private *computeSupport(): Generator<void, void, void> {
    const all = this.nodes;
    const queue: number[] = [];
    for (let i = 0; i < all.length; i++) {
      if (citesItself(all[i].node)) {
        this.cited[i] = 1;
        queue.push(i);
      }
      if (i % SLICE === SLICE - 1) yield;
    }
    yield* this.propagate(queue);
  }

  /** Carries support and citation up from the nodes of `queue` (each already cited or supported) as far as it goes. */
  *propagate(queue: number[]): Generator<void, void, void> {
    const all = this.nodes;
    let visited = 0;
    while (queue.length) {
      const x = queue.pop() as number;
      for (let i = this.outHead[x]; i >= 0; i = this.outNext[i]) {
        const y = this.edges[i].to;
        const parentKind = all[y].node.kind;
        if (parentKind === 'evidence') {
          // Only cited evidence corroborates evidence.
          if (all[x].node.kind === 'evidence' && !this.cited[y]) {
            this.cited[y] = 1;
            queue.push(y);
          }
        } else if (!this.supported[y]) {
          this.supported[y] = 1;
          // A supported challenge supports nothing further: its edges attack.
          if (parentKind === 'claim') queue.push(y);
        }
      }
      if (++visited % SLICE === 0) yield;
    }
  }

  /** Whether the least fixpoint goes on from `g`: cited evidence, or a supported claim. */
  carries(g: number): boolean {
    const kind = this.nodes[g].node.kind;
    return kind === 'evidence' ? this.cited[g] === 1 : kind === 'claim' && this.supported[g] === 1;
  }

  statusOf(g: number): NodeStatus {
    return STATUSES[this.supported[g] | (this.cited[g] << 1) | (this.contested[g] << 2)];
  }

  /** Attacked by at least one challenge (answered or not). */
  attacked(g: number): boolean {
    return this.attackedBy[g] === 1;
  }

  private *stronglyConnected(): Generator<void, { id: Int32Array; size: number[] }, void> {
    return (this.components ??= yield* stronglyConnected(this.nodes.length, this.outHead, this.outNext, this.edges));
  }

  /** Reference nodes of file 0 whose supports edge closes a cycle of supports. */
  circularReferences(): Set<number> {
    return drain(this.circularReferenceSteps());
  }

  /** `circularReferences` in slices. */
  *circularReferenceSteps(): Generator<void, Set<number>, void> {
    const out = new Set<number>();
    // Only a reference can close a cycle: without supports through one, skip the search.
    if (!this.edges.some((e) => e.relation === 'supports' && e.via !== undefined)) return out;
    const comp = yield* this.stronglyConnected();
    for (let i = 0; i < this.edges.length; i++) {
      const e = this.edges[i];
      if (i % SLICE === SLICE - 1) yield;
      if (e.relation !== 'supports' || e.via === undefined || this.nodes[e.via].file !== 0) continue;
      if (e.from === e.to || (comp.id[e.from] === comp.id[e.to] && comp.size[comp.id[e.from]] > 1)) out.add(e.via);
    }
    return out;
  }

  /** For each claim of `claims`, each of its figures: where cited evidence below it states it, or what it says instead. */
  figureFindings(claims: readonly number[]): Map<number, FigureFinding[]> {
    return drain(this.figureFindingSteps(claims));
  }

  /** `figureFindings` in slices; with `scope`, over those nodes alone (closed downwards, figureWalk.ts). */
  *figureFindingSteps(claims: readonly number[], scope?: readonly number[]): Generator<void, Map<number, FigureFinding[]>, void> {
    if (!claims.some((c) => this.nodes[c].node.figures.length)) return new Map();
    const comp = yield* this.stronglyConnected();
    return yield* walkFigures(
      { nodes: this.nodes, edges: this.edges, inHead: this.inHead, inNext: this.inNext, cited: this.cited, component: comp.id, components: comp.size.length },
      claims,
      scope,
    );
  }
}

/** Evidence that cites a source of its own (a URL, or a footnote whose definition says something): where citation starts. */
export function citesItself(node: ArgNode): boolean {
  return node.kind === 'evidence' && !node.reference && node.citations.some((c) => c.kind === 'url' || c.cites);
}

/**
 * Tarjan's strongly connected components over supports edges (linked lists from
 * `head`/`next`), iterative so long chains cannot overflow the stack; in slices of edges and nodes.
 */
function* stronglyConnected(
  n: number,
  head: Int32Array,
  nextEdge: readonly number[],
  edges: readonly GlobalEdge[],
): Generator<void, { id: Int32Array; size: number[] }, void> {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const id = new Int32Array(n).fill(-1);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  const size: number[] = [];
  let counter = 0;
  // The walk's frames: a node and the edge to look at next (-1 when its list is done), as two stacks of numbers.
  const frameNode: number[] = [];
  const frameEdge: number[] = [];
  let work = 0;
  for (let root = 0; root < n; root++) {
    if (++work % SLICE === 0) yield;
    if (index[root] !== -1) continue;
    frameNode.push(root);
    frameEdge.push(head[root]);
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (frameNode.length) {
      if (++work % SLICE === 0) yield;
      const top = frameNode.length - 1;
      const v = frameNode[top];
      const i = frameEdge[top];
      if (i >= 0) {
        frameEdge[top] = nextEdge[i];
        const w = edges[i].to;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          frameNode.push(w);
          frameEdge.push(head[w]);
        } else if (onStack[w]) low[v] = Math.min(low[v], index[w]);
        continue;
      }
      frameNode.pop();
      frameEdge.pop();
      if (frameNode.length) {
        const u = frameNode[frameNode.length - 1];
        low[u] = Math.min(low[u], low[v]);
      }
      if (low[v] === index[v]) {
        const c = size.length;
        let count = 0;
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = 0;
          id[w] = c;
          count++;
          if (w === v) break;
        }
        size.push(count);
      }
    }
  }
  return { id, size };
}
