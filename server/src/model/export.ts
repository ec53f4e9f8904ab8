// The argument map as data and text: graph JSON (the spec's shape), Mermaid, DOT and a text tree.
// Every writer works from the same view of the graph (`graphView`): reference nodes folded
// into their targets, nodes of other files named `file.arg.md#id`, edges in source order.
import { statusWord, statusWords, type StatusWord } from './statusWords';
import type { Analysis, ArgNode, ExternalNodeRef, FigureKind, NodeKind, NodeRef, NodeStatus, Relation } from './types';

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

/** A graph end: a node of this file (never a reference node), or a node of another file. */
type End = { local: number } | ExternalNodeRef;

interface ViewEdge {
  from: End;
  to: End;
  relation: Relation;
}

interface GraphView {
  /** Indexes of the nodes that are graph nodes (references left out), in document order. */
  nodes: number[];
  /** Nodes of other files, by `file#id`, in order of first appearance. */
  externals: Map<string, ExternalNodeRef>;
  edges: ViewEdge[];
}

export function toGraphJson(analysis: Analysis): GraphJson {
  const view = graphView(analysis);
  const name = (end: End) => ('local' in end ? analysis.nodes[end.local].id : externalName(end));
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

/** A fenced Mermaid flowchart that GitHub renders: children below, arrows up to their parents. */
export function toMermaid(analysis: Analysis): string {
  const view = graphView(analysis);
  const ids = diagramIds(view);
  const lines = ['```mermaid', 'flowchart BT'];
  const classes = new Map<string, string[]>();
  const addClass = (name: string, id: string) => {
    const members = classes.get(name) ?? [];
    members.push(id);
    classes.set(name, members);
  };

  for (const i of view.nodes) {
    const node = analysis.nodes[i];
    const status = statusOf(analysis, i);
    const id = ids.get(localKey(i))!;
    const label = mermaidText(`${KIND_TITLE[node.kind]}: ${node.text || '(empty)'}`);
    lines.push(`  ${id}${MERMAID_SHAPE[node.kind](label)}`);
    addClass(statusWord(node.kind, status), id);
    if (status.contested) addClass('contested', id);
  }
  for (const [key, ext] of view.externals) {
    const id = ids.get(key)!;
    const kind = ext.kind ? `${KIND_TITLE[ext.kind]}: ` : '';
    lines.push(`  ${id}${MERMAID_SHAPE.external(mermaidText(kind + key))}`);
    addClass('external', id);
    if (ext.kind && ext.status) addClass(statusWord(ext.kind, ext.status), id);
    if (ext.status?.contested) addClass('contested', id);
  }
  for (const e of view.edges) {
    const arrow = e.relation === 'attacks' ? '-.->|attacks|' : '-->';
    lines.push(`  ${ids.get(endKey(e.from))} ${arrow} ${ids.get(endKey(e.to))}`);
  }
  // Later class definitions win, so `contested` (a stroke) comes after the fills.
  for (const name of CLASS_ORDER) {
    const members = classes.get(name);
    if (!members) continue;
    lines.push(`  classDef ${name} ${MERMAID_STYLE[name]}`);
    lines.push(`  class ${members.join(',')} ${name}`);
  }
  lines.push('```');
  return lines.join('\n') + '\n';
}

/** A Graphviz digraph: children below, arrows up to their parents. */
export function toDot(analysis: Analysis): string {
  const view = graphView(analysis);
  const ids = diagramIds(view);
  const lines = [
    'digraph argmap {',
    '  rankdir=BT;',
    '  node [fontname="Helvetica", style="filled", fillcolor="#ffffff"];',
    '  edge [fontname="Helvetica"];',
  ];
  for (const i of view.nodes) {
    const node = analysis.nodes[i];
    const status = statusOf(analysis, i);
    const label = `${KIND_TITLE[node.kind]}: ${node.text || '(empty)'}`;
    lines.push(`  ${ids.get(localKey(i))} [${dotNodeAttributes(label, node.kind, status)}];`);
  }
  for (const [key, ext] of view.externals) {
    const label = ext.kind ? `${KIND_TITLE[ext.kind]}: ${key}` : key;
    const attrs = dotNodeAttributes(label, ext.kind, ext.status);
    lines.push(`  ${ids.get(key)} [${attrs}, color="#777777", fontcolor="#444444"];`);
  }
  for (const e of view.edges) {
    const attrs = e.relation === 'attacks' ? ' [label="attacks", style=dashed, color="#c62828", fontcolor="#c62828"]' : '';
    lines.push(`  ${ids.get(endKey(e.from))} -> ${ids.get(endKey(e.to))}${attrs};`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

/**
 * An indented tree for people: roots first, children under their parents in document
 * order, each line `kind (status, contested): text`. A reference stands where it is
 * written, with its target and the target's status.
 */
export function toTree(analysis: Analysis): string {
  if (analysis.tooLarge) return '(file too large: not analysed)\n';
  const roots = analysis.nodes.filter((n) => n.parent === undefined);
  if (!roots.length) return '(no argument nodes)\n';
  const lines: string[] = [];
  const walk = (node: ArgNode, lead: string, childLead: string, seen: Set<number>) => {
    lines.push(lead + treeLine(analysis, node));
    seen.add(node.index);
    const children = node.children.filter((c) => !seen.has(c));
    children.forEach((c, k) => {
      const last = k === children.length - 1;
      walk(analysis.nodes[c], childLead + (last ? '└─ ' : '├─ '), childLead + (last ? '   ' : '│  '), seen);
    });
  };
  for (const root of roots) walk(root, '', '', new Set());
  return lines.join('\n') + '\n';
}

function treeLine(analysis: Analysis, node: ArgNode): string {
  if (!node.reference) {
    const status = statusOf(analysis, node.index);
    return `${node.kind} (${statusWords(node.kind, status).join(', ')}): ${plainText(node.text) || '(empty)'}`;
  }
  const target = (node.reference.rawFile ?? '') + '#' + node.reference.id;
  const end = referenceEnd(analysis, node);
  let status = 'broken reference';
  if (end && 'local' in end) status = statusWords(analysis.nodes[end.local].kind, statusOf(analysis, end.local)).join(', ');
  else if (end?.kind && end.status) status = statusWords(end.kind, end.status).join(', ');
  else if (end) status = 'in another file';
  return `${node.kind} → ${plainText(target)} (${status}): ${plainText(node.text)}`;
}

const KIND_TITLE: Record<NodeKind, string> = { claim: 'Claim', evidence: 'Evidence', challenge: 'Challenge' };

const MERMAID_SHAPE: Record<NodeKind | 'external', (label: string) => string> = {
  claim: (l) => `["${l}"]`,
  evidence: (l) => `[("${l}")]`,
  challenge: (l) => `{{"${l}"}}`,
  external: (l) => `[/"${l}"/]`,
};

const CLASS_ORDER = ['supported', 'cited', 'unsupported', 'uncited', 'external', 'contested'] as const;

const MERMAID_STYLE: Record<string, string> = {
  supported: 'fill:#e6f4ea,stroke:#2e7d32,color:#1b1b1b',
  cited: 'fill:#e6f4ea,stroke:#2e7d32,color:#1b1b1b',
  unsupported: 'fill:#fff4e0,stroke:#b26a00,color:#1b1b1b',
  uncited: 'fill:#fff4e0,stroke:#b26a00,color:#1b1b1b',
  external: 'fill:#f1f3f4,stroke:#777777,color:#444444',
  contested: 'stroke:#c62828,stroke-width:3px,stroke-dasharray:6 3',
};

const DOT_SHAPE: Record<NodeKind, string> = { claim: 'box', evidence: 'note', challenge: 'hexagon' };

function dotNodeAttributes(label: string, kind?: NodeKind, status?: NodeStatus): string {
  const attrs = [`label="${dotText(label)}"`, `shape=${kind ? DOT_SHAPE[kind] : 'parallelogram'}`];
  if (kind && status) {
    const good = kind === 'evidence' ? status.cited : status.supported;
    attrs.push(`fillcolor="${good ? '#e6f4ea' : '#fff4e0'}"`);
    if (status.contested) attrs.push('color="#c62828"', 'penwidth=2', 'style="filled,dashed"');
  }
  return attrs.join(', ');
}

function graphView(analysis: Analysis): GraphView {
  const nodes = analysis.nodes.filter((n) => !n.reference).map((n) => n.index);
  const externals = new Map<string, ExternalNodeRef>();
  const edges: { edge: ViewEdge; order: number }[] = [];
  analysis.edges.forEach((edge, k) => {
    const from = graphEnd(analysis, edge.from);
    const to = graphEnd(analysis, edge.to);
    if (!from || !to) return;
    // The child's place in the file orders the edge: the reference that made it, else the child.
    const order = edge.via ?? ('local' in edge.from ? edge.from.local : 'local' in edge.to ? edge.to.local : k);
    edges.push({ edge: { from, to, relation: edge.relation }, order });
  });
  edges.sort((a, b) => a.order - b.order);
  for (const { edge } of edges) {
    for (const end of [edge.from, edge.to]) {
      if (!('local' in end) && !externals.has(externalName(end))) externals.set(externalName(end), end);
    }
  }
  return { nodes, externals, edges: edges.map((e) => e.edge) };
}

/** A graph node as a graph end; a reference node stands for its target. */
function graphEnd(analysis: Analysis, ref: NodeRef): End | undefined {
  if (!('local' in ref)) return ref;
  const node = analysis.nodes[ref.local];
  if (!node) return undefined;
  return node.reference ? referenceEnd(analysis, node) : ref;
}

/** What a reference node stands for in the graph: the target the analysis resolved. */
function referenceEnd(analysis: Analysis, node: ArgNode): End | undefined {
  if (node.parent !== undefined) {
    const target = analysis.referenceTargets.get(node.index);
    if (target) return 'local' in target && analysis.nodes[target.local]?.reference ? undefined : target;
  }
  // A reference with no parent makes no edge. Kept as it was before the model stored the
  // targets (issue 10 changes no output): named by what it says, another file's node
  // without a status even when it does not resolve, a node of this file by its id.
  const ref = node.reference!;
  if (ref.file !== undefined || ref.rawFile !== undefined) return { file: ref.rawFile ?? ref.file ?? '', id: ref.id };
  const target = analysis.nodes.find((n) => n.id === ref.id && !n.reference);
  return target ? { local: target.index } : undefined;
}

function statusOf(analysis: Analysis, index: number): NodeStatus {
  return analysis.status[index] ?? { supported: false, cited: false, contested: false };
}

/** Another file's node as graph JSON and the diagrams name it: `file.arg.md#id`, the file as written. */
export function externalName(ref: ExternalNodeRef): string {
  return `${ref.file}#${ref.id}`;
}

const localKey = (index: number) => `#local:${index}`;
const endKey = (end: End) => ('local' in end ? localKey(end.local) : externalName(end));

/** Diagram identifiers: `n<index>` for this file's nodes, `x<k>` for others; never the text. */
function diagramIds(view: GraphView): Map<string, string> {
  const ids = new Map<string, string>();
  for (const i of view.nodes) ids.set(localKey(i), `n${i}`);
  let k = 0;
  for (const key of view.externals.keys()) ids.set(key, `x${k++}`);
  return ids;
}

/** Longest label in a diagram, in user-perceived characters. */
export const MAX_LABEL = 100;

/**
 * Text safe to put in a one-line label: control characters and broken surrogates
 * gone, whitespace collapsed, cut at a word boundary when over `max` characters.
 */
export function labelText(text: string, max = MAX_LABEL): string {
  const clean = plainText(text);
  const chars = graphemes(clean);
  if (chars.length <= max) return clean;
  let cut = chars.slice(0, max - 1).join('');
  const space = cut.lastIndexOf(' ');
  if (space > cut.length * 0.6) cut = cut.slice(0, space);
  return cut.replace(/[\s,;:.\-–—]+$/u, '') + '…';
}

/** One line of printable text: no control or format characters that move the cursor or reorder text. */
export function plainText(text: string): string {
  return text
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function graphemes(text: string): string[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Characters per line of a diagram label before it wraps at a space. */
export const LABEL_LINE = 40;

/**
 * A Mermaid label body for a quoted label: wrapped with `<br/>` (Mermaid does not wrap
 * plain labels), and every character Mermaid or the HTML it renders to could read as
 * syntax written as a numeric entity (`#35;` renders `#`). `:` is escaped too: Mermaid's
 * pre-pass rewrites `style…:…#…;` lines and would eat a `;`.
 */
export function mermaidText(text: string): string {
  return wrapWords(labelText(text), LABEL_LINE)
    .map((line) => line.replace(/["#&<>`:;%]/g, (c) => `#${c.charCodeAt(0)};`))
    .join('<br/>');
}

/** Lines of at most about `width` characters, broken at spaces; a longer word keeps its own line. */
function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** A DOT double-quoted string body: wrapped with `\n`, backslashes (which start Graphviz escapes) and quotes escaped. */
export function dotText(text: string): string {
  return wrapWords(labelText(text), LABEL_LINE)
    .map((line) => line.replace(/["\\]/g, (c) => `\\${c}`))
    .join('\\n');
}
