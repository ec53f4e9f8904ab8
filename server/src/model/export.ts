// The argument map as data and text: graph JSON (the spec's shape), Mermaid, DOT and a text tree.
// Stub: being written.
import type { Analysis, FigureKind, NodeKind, Relation } from './types';

export interface GraphJson {
  nodes: {
    id: string;
    kind: NodeKind;
    text: string;
    line: number;
    status: 'supported' | 'unsupported' | 'cited' | 'uncited';
    contested: boolean;
    cited: boolean;
    figures: { text: string; value: number; kind: FigureKind }[];
  }[];
  edges: { from: string; to: string; relation: Relation }[];
}

export function toGraphJson(analysis: Analysis): GraphJson {
  void analysis;
  return { nodes: [], edges: [] };
}
