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
  children: number[][];
  /** Nodes of other files (`file.arg.md#id`), in order of first appearance in the edges. */
  externals: string[];
  /** Every edge with its ends resolved; `tree` marks the edge from a node to its structural parent. */
  edges: { from: End; to: End; relation: MapRelation; tree: boolean }[];
  /** Challenges that some node attacks (the view's `answered`). */
  attacked: Set<number>;
}

/** An edge end: a node of this file by index, or a node of another file by its place in `externals`. */
export type End = { local: number } | { external: number };

export function toForest(graph: MapGraph): MapForest {
  const nodes = graph.nodes;
  // A duplicate id (the model reports `duplicate-id`) names the latest node so far with it: the
  // structural parent always comes before its child, so the nearest preceding one is the best guess.
  const latest = new Map<string, number>();
  const first = new Map<string, number>();
  const parents: (number | undefined)[] = [];
  nodes.forEach((node, i) => {
    const parentId = node.parent;
    const parent = typeof parentId === 'string' ? latest.get(parentId) : undefined;
    // Only an earlier node can be a parent: that keeps the forest free of cycles whatever the input says.
    parents.push(parent !== undefined && parent < i ? parent : undefined);
    latest.set(node.id, i);
    if (!first.has(node.id)) first.set(node.id, i);
  });

  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  parents.forEach((p, i) => (p === undefined ? roots.push(i) : children[p].push(i)));

  const externals: string[] = [];
  const externalIndex = new Map<string, number>();
  const end = (id: string): End => {
    const local = first.get(id);
    if (local !== undefined) return { local };
    let k = externalIndex.get(id);
    if (k === undefined) {
      k = externals.push(id) - 1;
      externalIndex.set(id, k);
    }
    return { external: k };
  };

  const attacked = new Set<number>();
  const treeEdgeSeen = new Set<number>();
  const edges = graph.edges.map((e) => {
    const from = end(e.from);
    const to = end(e.to);
    if (e.relation === 'attacks' && 'local' in to) attacked.add(to.local);
    let tree = false;
    if (!e.reference && 'local' in from && 'local' in to && !treeEdgeSeen.has(from.local)) {
      tree = parents[from.local] === to.local;
      if (tree) treeEdgeSeen.add(from.local);
    }
    return { from, to, relation: e.relation === 'attacks' ? ('attacks' as const) : ('supports' as const), tree };
  });
  return { roots, children, externals, edges, attacked };
}
