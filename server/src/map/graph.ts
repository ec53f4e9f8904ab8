// The map's input: the spec's graph JSON with map.md's two additions (`parent`, `reference`), and
// the one pass that turns it into a forest of this file's nodes plus boxes for other files' nodes.
// Written structurally (not imported from the model) so that any graph JSON with these fields fits.

export type MapKind = 'claim' | 'evidence' | 'challenge';
export type MapRelation = 'supports' | 'attacks';

export interface MapGraphNode {
  id: string;
  kind: MapKind;
  text: string;
  line: number;
  status: string;
  contested: boolean;
  cited?: boolean;
  figures: { text: string }[];
  /** map.md: the id of the structural parent in the file, `null` for a root (absent: a root too). */
  parent?: string | null;
}

export interface MapGraphEdge {
  from: string;
  to: string;
  relation: MapRelation;
  /** map.md: set on an edge made by a reference (drawn over the trees, never a tree edge). */
  reference?: boolean;
}

export interface MapGraph {
  nodes: MapGraphNode[];
  edges: MapGraphEdge[];
}

/** The graph as the layout needs it: who is whose tree child, and which edges are drawn over. */
export interface MapForest {
  /** Indexes into `graph.nodes` of the roots, in document order. */
  roots: number[];
  /** Tree children of each node (by index), in document order. */
  children: (readonly number[])[];
  /** Nodes of other files (`file.arg.md#id`), in order of first appearance in the edges. */
  externals: string[];
  /**
   * Every edge with its ends as box indexes (this file's node i is box i, other files' node k is box
   * `nodes.length + k`); `tree` marks the edge from a node to its structural parent.
   */
  edges: { from: number; to: number; relation: MapRelation; tree: boolean }[];
  /** Challenges that some node attacks (the view's `answered`). */
  attacked: Set<number>;
}

/** A leaf's children: one shared empty list, so 10,000 leaves cost no 10,000 arrays (never pushed to). */
const NO_CHILDREN: readonly number[] = Object.freeze([]);

export function toForest(graph: MapGraph): MapForest {
  const nodes = graph.nodes;
  // A duplicate id (the model reports `duplicate-id`) names the latest node so far with it: the
  // structural parent always comes before its child, so the nearest preceding one is the best guess.
  const latest = new Map<string, number>();
  // Ids seen more than once, with their first node: edges name the first (one lookup less per node
  // and per edge end when ids are unique, as they nearly always are).
  const firstOfDuplicate = new Map<string, number>();
  const parents: (number | undefined)[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    const parentId = node.parent;
    const parent = typeof parentId === 'string' ? latest.get(parentId) : undefined;
    // Only an earlier node can be a parent: that keeps the forest free of cycles whatever the input says.
    parents.push(parent !== undefined && parent < i ? parent : undefined);
    const before = latest.get(node.id);
    if (before !== undefined && !firstOfDuplicate.has(node.id)) firstOfDuplicate.set(node.id, before);
    latest.set(node.id, i);
  }
  const first = (id: string): number | undefined => {
    const duplicate = firstOfDuplicate.size ? firstOfDuplicate.get(id) : undefined;
    return duplicate ?? latest.get(id);
  };

  const children: (readonly number[])[] = nodes.map(() => NO_CHILDREN);
  const roots: number[] = [];
  parents.forEach((p, i) => {
    if (p === undefined) roots.push(i);
    else if (children[p] === NO_CHILDREN) children[p] = [i];
    else (children[p] as number[]).push(i);
  });

  const externals: string[] = [];
  const externalIndex = new Map<string, number>();
  const end = (id: string): number => {
    const local = first(id);
    if (local !== undefined) return local;
    let k = externalIndex.get(id);
    if (k === undefined) {
      k = externals.push(id) - 1;
      externalIndex.set(id, k);
    }
    return nodes.length + k;
  };

  const attacked = new Set<number>();
  const treeEdgeSeen = new Uint8Array(nodes.length);
  // Edges mostly come as the tree's, child by child in document order: with unique ids, the next
  // node or the one after is tried before the map, and the child's parent before the map for the target.
  const unique = firstOfDuplicate.size === 0;
  let next = 0;
  const edges = graph.edges.map((e) => {
    let from: number;
    if (unique && next < nodes.length && nodes[next].id === e.from) from = next;
    else if (unique && next + 1 < nodes.length && nodes[next + 1].id === e.from) from = next + 1;
    else from = end(e.from);
    if (from < nodes.length) next = from + 1;
    const parent = from < nodes.length ? parents[from] : undefined;
    const to = unique && parent !== undefined && nodes[parent].id === e.to ? parent : end(e.to);
    const local = from < nodes.length && to < nodes.length;
    if (e.relation === 'attacks' && to < nodes.length) attacked.add(to);
    let tree = false;
    if (!e.reference && local && !treeEdgeSeen[from]) {
      tree = parents[from] === to;
      if (tree) treeEdgeSeen[from] = 1;
    }
    return { from, to, relation: e.relation === 'attacks' ? ('attacks' as const) : ('supports' as const), tree };
  });
  return { roots, children, externals, edges, attacked };
}
