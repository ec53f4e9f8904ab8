// Small graph JSON fixtures for the map tests, with map.md's `parent` and `reference` fields.
import type { MapGraph, MapGraphNode, MapKind } from '../../server/src/map';

/** A node: status from its kind (claims supported, evidence cited) unless `extra` says otherwise. */
export function node(id: string, kind: MapKind, text: string, parent: string | null, extra: Partial<MapGraphNode> = {}): MapGraphNode {
  return { id, kind, text, line: 0, status: kind === 'evidence' ? 'cited' : 'supported', contested: false, cited: kind === 'evidence', figures: [], parent, ...extra };
}

/** Tree edges (child → parent) for every node with a parent, in node order; attacks for challenges. */
export function graphOf(nodes: MapGraphNode[], more: MapGraph['edges'] = []): MapGraph {
  nodes.forEach((n, i) => (n.line = n.line || i));
  const edges: MapGraph['edges'] = nodes
    .filter((n) => n.parent)
    .map((n) => ({ from: n.id, to: n.parent!, relation: n.kind === 'challenge' ? 'attacks' : 'supports' }));
  return { nodes, edges: [...edges, ...more] };
}
