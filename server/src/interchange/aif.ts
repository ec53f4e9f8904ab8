// The graph JSON → AIF, in the xAIF form OVA3 saves and loads: I-nodes for statements, one RA
// (Default Inference) per supports edge and one CA (Default Conflict) per attacks edge, so no
// edge ever runs I → I. Deterministic: ids follow graph order, nothing depends on the clock.
import type { GraphJson } from '../model';
import { placeNodes, type Point } from './aifLayout';

export interface AifNode {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA';
  timestamp: string;
}

export interface AifEdge {
  edgeID: number;
  fromID: string;
  toID: string;
  formEdgeID: null;
}

export interface Xaif {
  AIF: {
    nodes: AifNode[];
    edges: AifEdge[];
    schemefulfillments: { nodeID: string; schemeID: string }[];
    participants: never[];
    locutions: never[];
    descriptorfulfillments: never[];
  };
  text: string;
  OVA: {
    firstname: string;
    surname: string;
    url: string;
    nodes: { nodeID: string; visible: true; x: number; y: number; timestamp: string }[];
    edges: { fromID: string; toID: string; visible: true }[];
  };
}

/** AIFdb's scheme ids for the default inference and the default conflict. */
export const DEFAULT_INFERENCE = { text: 'Default Inference', schemeID: '72' };
export const DEFAULT_CONFLICT = { text: 'Default Conflict', schemeID: '71' };

/**
 * `externalText` gives a cross-file target's text (`file.arg.md#id` → its node's text) when the
 * file can be read; otherwise the I-node's text is the target's name.
 */
export function toXaif(graph: GraphJson, externalText: (name: string) => string | undefined = () => undefined): Xaif {
  const places = placeNodes(graph);
  const nodes: AifNode[] = [];
  const idOf = new Map<string, string>();
  const position = new Map<string, Point>();
  const addNode = (text: string, type: AifNode['type'], at: Point) => {
    const nodeID = String(nodes.length + 1);
    nodes.push({ nodeID, text, type, timestamp: '' });
    position.set(nodeID, at);
    return nodeID;
  };
  const statement = (name: string, text: string) => {
    if (!idOf.has(name)) idOf.set(name, addNode(text, 'I', places.get(name) ?? { x: 0, y: 0 }));
    return idOf.get(name)!;
  };

  for (const node of graph.nodes) statement(node.id, node.text);
  for (const edge of graph.edges) {
    for (const end of [edge.from, edge.to]) if (!idOf.has(end)) statement(end, externalText(end) ?? end);
  }

  const edges: AifEdge[] = [];
  const schemefulfillments: Xaif['AIF']['schemefulfillments'] = [];
  const link = (fromID: string, toID: string) => edges.push({ edgeID: edges.length + 1, fromID, toID, formEdgeID: null });
  for (const edge of graph.edges) {
    const from = idOf.get(edge.from)!;
    const to = idOf.get(edge.to)!;
    const scheme = edge.relation === 'attacks' ? DEFAULT_CONFLICT : DEFAULT_INFERENCE;
    const schemeNode = addNode(scheme.text, edge.relation === 'attacks' ? 'CA' : 'RA', midway(position.get(from)!, position.get(to)!));
    schemefulfillments.push({ nodeID: schemeNode, schemeID: scheme.schemeID });
    link(from, schemeNode);
    link(schemeNode, to);
  }

  return {
    AIF: { nodes, edges, schemefulfillments, participants: [], locutions: [], descriptorfulfillments: [] },
    text: '',
    OVA: {
      firstname: '',
      surname: '',
      url: '',
      nodes: nodes.map((n) => ({ nodeID: n.nodeID, visible: true, ...position.get(n.nodeID)!, timestamp: '' })),
      edges: edges.map((e) => ({ fromID: e.fromID, toID: e.toID, visible: true })),
    },
  };
}

function midway(a: Point, b: Point): Point {
  return { x: Math.round((a.x + b.x) / 2), y: Math.round((a.y + b.y) / 2) };
}
