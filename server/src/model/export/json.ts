// The argument map as the spec's graph JSON.
import type { Analysis, FigureKind, NodeKind, NodeRef, Relation } from '../types';
import { statusWord, type StatusWord } from '../statusWords';
import { externalName, graphView, statusOf } from './view';

export interface GraphJson {
  nodes: {
    id: string;
    kind: NodeKind;
    text: string;
    line: number;
    status: StatusWord;
    contested: boolean;
    cited: boolean;
    figures: { text: string; value: number; kind: FigureKind }[];
    /**
     * map.md: the structural parent's id, `null` for a root (see `graphParent`). Always emitted;
     * optional in the type only so that graph JSON written by hand (tests, other branches) still fits.
     */
    parent?: string | null;
  }[];
  /** `reference: true` (map.md) only on an edge a reference node made; absent otherwise. */
  edges: { from: string; to: string; relation: Relation; reference?: true }[];
}

export function toGraphJson(analysis: Analysis): GraphJson {
  const view = graphView(analysis);
  const name = (end: NodeRef) => ('local' in end ? analysis.nodes[end.local].id : externalName(end));
  return {
    nodes: view.nodes.map((i) => {
      const node = analysis.nodes[i];
      const status = statusOf(analysis, i);
      return {
        id: node.id,
        kind: node.kind,
        text: node.text,
        line: node.range.start.line,
        status: statusWord(node.kind, status),
        contested: status.contested,
        cited: status.cited,
        figures: node.figures.map((f) => ({ text: f.text, value: f.value, kind: f.kind })),
        parent: graphParent(analysis, i),
      };
    }),
    edges: view.edges.map((e) => {
      const edge: GraphJson['edges'][number] = { from: name(e.from), to: name(e.to), relation: e.relation };
      if (e.reference) edge.reference = true;
      return edge;
    }),
  };
}

/**
 * The id of a node's structural parent. A reference node is no graph node, so a node nested under
 * one hangs from the nearest enclosing graph node (docs/map.md); none above it makes a root.
 */
function graphParent(analysis: Analysis, index: number): string | null {
  let parent = analysis.nodes[index].parent;
  while (parent !== undefined && analysis.nodes[parent]?.reference) parent = analysis.nodes[parent].parent;
  return parent === undefined ? null : (analysis.nodes[parent]?.id ?? null);
}
