// A seeded generator of argument maps in graph JSON (with map.md's `parent` and `reference`) and of
// the single edits map.md's stability rule names: a node's text changed, a leaf added or removed,
// a reference added. Seeded, so a failure names a case that can be run again.
import type { MapGraph, MapGraphEdge, MapGraphNode, MapKind } from '../../server/src/map';

/** The seeded PRNG the other generated tests use (mulberry32). */
export { random as seeded } from '../protocol/generate';

const WORDS = ('parks cool cities shaded streets are cooler at noon rooftop gardens take land housing needs ' +
  'the port grew by over 9,200 companies since trade investment rose 35% in a decade $1.2 billion region').split(' ');

export class Generator {
  private next = 0;
  constructor(readonly random: () => number) {}

  int(below: number): number {
    return Math.floor(this.random() * below);
  }

  text(): string {
    const words = 2 + this.int(this.random() < 0.8 ? 10 : 30);
    return Array.from({ length: words }, () => WORDS[this.int(WORDS.length)]).join(' ');
  }

  node(kind: MapKind, parent: string | null): MapGraphNode {
    const id = `n${this.next++}`;
    const status = kind === 'evidence' ? 'cited' : 'supported';
    return { id, kind, text: this.text(), line: 0, status, contested: false, figures: [], parent };
  }

  /** An index drawn with the given weights. */
  pick(weights: number[]): number {
    let r = this.random() * weights.reduce((a, b) => a + b, 0);
    for (let k = 0; k < weights.length; k++) if ((r -= weights[k]) < 0) return k;
    return weights.length - 1;
  }

  childKind(): MapKind {
    const r = this.random();
    return r < 0.5 ? 'evidence' : r < 0.8 ? 'claim' : 'challenge';
  }

  /** About `size` nodes in trees of 1–40 nodes, plus references and a few other files' nodes. */
  graph(size: number): MapGraph {
    const nodes: MapGraphNode[] = [];
    while (nodes.length < size) {
      const treeSize = Math.min(size - nodes.length, 1 + this.int(this.random() < 0.7 ? 12 : 40));
      // Arguments are bushy near the top: a new node goes under a node of depth d with weight 0.4^d
      // (no hard depth limit, so the deepest level is as thin as in a real map, not a crowded cap).
      const tree: { node: MapGraphNode; depth: number; children: number[] }[] = [];
      tree.push({ node: this.node('claim', null), depth: 0, children: [] });
      while (tree.length < treeSize) {
        const p = this.pick(tree.map((t) => 0.4 ** t.depth));
        tree[p].children.push(tree.length);
        tree.push({ node: this.node(this.childKind(), tree[p].node.id), depth: tree[p].depth + 1, children: [] });
      }
      const visit = (k: number) => {
        nodes.push(tree[k].node);
        tree[k].children.forEach(visit);
      };
      visit(0);
    }
    nodes.forEach((n, i) => (n.line = i));
    const graph: MapGraph = { nodes, edges: treeEdges(nodes) };
    for (let k = 0; k < size / 20; k++) this.addReference(graph);
    for (let k = 0; k < 3; k++) {
      graph.edges.push({ from: `other-${k}.arg.md#x${k}`, to: nodes[this.int(nodes.length)].id, relation: 'supports', reference: true });
    }
    return graph;
  }

  addReference(graph: MapGraph): void {
    const a = graph.nodes[this.int(graph.nodes.length)];
    const b = graph.nodes[this.int(graph.nodes.length)];
    if (a !== b) graph.edges.push({ from: a.id, to: b.id, relation: this.random() < 0.3 ? 'attacks' : 'supports', reference: true });
  }
}

export function treeEdges(nodes: MapGraphNode[]): MapGraphEdge[] {
  return nodes
    .filter((n) => n.parent)
    .map((n) => ({ from: n.id, to: n.parent!, relation: n.kind === 'challenge' ? ('attacks' as const) : ('supports' as const) }));
}

export type EditKind = 'text' | 'add-leaf' | 'remove-leaf' | 'add-reference';
export const EDIT_KINDS: EditKind[] = ['text', 'add-leaf', 'remove-leaf', 'add-reference'];

/** A copy of `graph` after one edit of the given kind (the input is left as it is). */
export function edit(gen: Generator, graph: MapGraph, kind: EditKind): MapGraph {
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const references = graph.edges.filter((e) => e.reference).map((e) => ({ ...e }));
  const rebuild = (list: MapGraphNode[], refs: MapGraphEdge[]): MapGraph => ({ nodes: list, edges: [...treeEdges(list), ...refs] });
  switch (kind) {
    case 'text': {
      nodes[gen.int(nodes.length)].text = gen.text();
      return rebuild(nodes, references);
    }
    case 'add-leaf': {
      const p = gen.int(nodes.length);
      const child = gen.node(gen.childKind(), nodes[p].id);
      // First child (right under the parent) or last child (after the parent's whole subtree).
      const at = gen.random() < 0.5 ? p + 1 : subtreeEnd(nodes, p);
      nodes.splice(at, 0, child);
      return rebuild(nodes, references);
    }
    case 'remove-leaf': {
      const parents = new Set(nodes.map((n) => n.parent));
      const leaves = nodes.map((_, k) => k).filter((k) => !parents.has(nodes[k].id));
      const gone = nodes[leaves[gen.int(leaves.length)]].id;
      return rebuild(
        nodes.filter((n) => n.id !== gone),
        references.filter((e) => e.from !== gone && e.to !== gone),
      );
    }
    case 'add-reference': {
      const next = rebuild(nodes, references);
      gen.addReference(next);
      return next;
    }
  }
}

/** The index just past the subtree of `nodes[p]` (nodes are in document order, children after parents). */
function subtreeEnd(nodes: MapGraphNode[], p: number): number {
  const inside = new Set([nodes[p].id]);
  let k = p + 1;
  while (k < nodes.length && inside.has(nodes[k].parent ?? '')) inside.add(nodes[k++].id);
  return k;
}
