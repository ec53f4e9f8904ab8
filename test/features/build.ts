// In-memory analyses for converter tests: just the fields a feature reads, with ranges
// that follow a one-node-per-line layout unless a test says otherwise.
import type { Analysis, ArgNode, Citation, Edge, Figure, FootnoteDefinition, Heading, NodeKind, NodeStatus, Range } from '../../server/src/model/types';

export function range(sl: number, sc: number, el: number, ec: number): Range {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

export function line(n: number, from = 0, to = 40): Range {
  return range(n, from, n, to);
}

export function node(index: number, kind: NodeKind, text: string, at: number, extra: Partial<ArgNode> = {}): ArgNode {
  return {
    index,
    id: `n${index}`,
    explicitId: false,
    kind,
    label: kind[0].toUpperCase() + kind.slice(1),
    blockType: 'listItem',
    text,
    body: '',
    range: line(at, 2),
    fullRange: line(at),
    blockRange: line(at, 2),
    figures: [],
    bodyFigures: [],
    citations: [],
    children: [],
    ...extra,
  };
}

export function figure(text: string, value: number, kind: Figure['kind'], at: Range): Figure {
  return { text, value, kind, range: at };
}

export function footnote(label: string, at: Range, defined = true): Citation {
  return { kind: 'footnote', label: label.toUpperCase(), raw: label, defined, range: at };
}

export function status(partial: Partial<NodeStatus> = {}): NodeStatus {
  return { supported: false, cited: false, contested: false, ...partial };
}

export interface Spec {
  nodes: ArgNode[];
  status?: NodeStatus[];
  edges?: Edge[];
  headings?: Heading[];
  footnotes?: FootnoteDefinition[];
  path?: string;
}

/** An analysis of `nodes`: parents' `children` and tree edges are filled in from `parent`. */
export function analysis(spec: Spec): Analysis {
  const nodes = spec.nodes;
  for (const n of nodes) {
    if (n.parent !== undefined && !nodes[n.parent].children.includes(n.index)) nodes[n.parent].children.push(n.index);
  }
  const edges: Edge[] =
    spec.edges ??
    nodes
      .filter((n) => n.parent !== undefined && !n.reference)
      .map((n) => ({ from: { local: n.index }, to: { local: n.parent! }, relation: n.kind === 'challenge' ? 'attacks' : 'supports' }));
  return {
    path: spec.path ?? 'test.arg.md',
    lineCount: 100,
    nodes,
    status: spec.status ?? nodes.map(() => status()),
    edges,
    referenceTargets: new Map(),
    headings: spec.headings ?? [],
    footnoteDefinitions: new Map((spec.footnotes ?? []).map((f) => [f.label, f])),
    footnoteRefs: [],
    idLinks: [],
    diagnostics: [],
    tooLarge: false,
    dependencies: [],
  };
}
