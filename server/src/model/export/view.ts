// The one view of the graph every writer works from: reference nodes folded into their
// targets (as the analysis resolved them), nodes of other files named `file.arg.md#id`,
// edges in source order.
import type { Analysis, ArgNode, ExternalNodeRef, NodeKind, NodeRef, NodeStatus, Relation } from '../types';

/** An edge between graph ends: a local end is never a reference node (it stands for its target). */
interface ViewEdge {
  from: NodeRef;
  to: NodeRef;
  relation: Relation;
  /** Set when a reference node made the edge (its `via`): the graph JSON's `reference: true`. */
  reference?: true;
}

interface GraphView {
  /** Indexes of the nodes that are graph nodes (references left out), in document order. */
  nodes: number[];
  /** Nodes of other files, by `file#id`, in order of first appearance. */
  externals: Map<string, ExternalNodeRef>;
  edges: ViewEdge[];
}

export function graphView(analysis: Analysis): GraphView {
  const nodes = analysis.nodes.filter((n) => !n.reference).map((n) => n.index);
  const externals = new Map<string, ExternalNodeRef>();
  const edges: { edge: ViewEdge; order: number }[] = [];
  analysis.edges.forEach((edge, k) => {
    const from = graphEnd(analysis, edge.from);
    const to = graphEnd(analysis, edge.to);
    if (!from || !to) return;
    // The child's place in the file orders the edge: the reference that made it, else the child.
    const order = edge.via ?? ('local' in edge.from ? edge.from.local : 'local' in edge.to ? edge.to.local : k);
    const viewEdge: ViewEdge = { from, to, relation: edge.relation };
    if (edge.via !== undefined) viewEdge.reference = true;
    edges.push({ edge: viewEdge, order });
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
function graphEnd(analysis: Analysis, ref: NodeRef): NodeRef | undefined {
  if (!('local' in ref)) return ref;
  const node = analysis.nodes[ref.local];
  if (!node) return undefined;
  return node.reference ? referenceEnd(analysis, node) : ref;
}

/** What a reference node stands for in the graph: the target the analysis resolved. */
export function referenceEnd(analysis: Analysis, node: ArgNode): NodeRef | undefined {
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

export function statusOf(analysis: Analysis, index: number): NodeStatus {
  return analysis.status[index] ?? { supported: false, cited: false, contested: false };
}

/** Another file's node as graph JSON and the diagrams name it: `file.arg.md#id`, the file as written. */
export function externalName(ref: ExternalNodeRef): string {
  return `${ref.file}#${ref.id}`;
}

export const localKey = (index: number) => `#local:${index}`;
export const endKey = (end: NodeRef) => ('local' in end ? localKey(end.local) : externalName(end));

/** Diagram identifiers: `n<index>` for this file's nodes, `x<k>` for others; never the text. */
export function diagramIds(view: GraphView): Map<string, string> {
  const ids = new Map<string, string>();
  for (const i of view.nodes) ids.set(localKey(i), `n${i}`);
  let k = 0;
  for (const key of view.externals.keys()) ids.set(key, `x${k++}`);
  return ids;
}

export const KIND_TITLE: Record<NodeKind, string> = { claim: 'Claim', evidence: 'Evidence', challenge: 'Challenge' };

