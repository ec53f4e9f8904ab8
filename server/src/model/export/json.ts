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
  }[];
  edges: { from: string; to: string; relation: Relation }[];
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
      };
    }),
    edges: view.edges.map((e) => ({ from: name(e.from), to: name(e.to), relation: e.relation })),
  };
}

