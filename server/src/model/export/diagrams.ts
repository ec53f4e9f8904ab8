// The argument map as diagrams: a Mermaid flowchart and a Graphviz digraph.
import type { Analysis, NodeKind, NodeStatus } from '../types';
import { statusWord } from '../statusWords';
import { KIND_TITLE, diagramIds, endKey, graphView, localKey, statusOf } from './view';
import { dotText, mermaidText } from './text';

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

