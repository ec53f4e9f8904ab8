// A node's diagnostics taken from the previous analysis when nothing they say can have
// changed (issue 12, "Incremental graph and analysis"): after a keystroke in one claim,
// thousands of warnings elsewhere in a large file are the last analysis's own objects, not
// made again. What a node's diagnostics read: the node itself (text, label, ranges, figures,
// reference; the same object when unchanged, nodeAssembly.ts), its status, whether it is
// attacked or closes a cycle, what its reference resolved to, its parent's kind and its
// figure findings. A node moved down by an edit above it is a new object: made again.
import type { SupportGraph } from './status';
import type { ArgNode, ClaimFigure, EvidenceFigure, IdLink, LinkResolution, ModelDiagnostic, NodeStatus } from './types';

/** The facts the diagnostics of a version's nodes were made from, and what was made per node. */
export interface NodeDiagnostics {
  nodes: readonly ArgNode[];
  status: readonly NodeStatus[];
  support: SupportGraph;
  circular: ReadonlySet<number>;
  links: ReadonlyMap<IdLink, LinkResolution>;
  figures: ReadonlyMap<number, ClaimFigure[]>;
  /** The node loop's diagnostics of each node that had any (diagnostics.ts), in the order made. */
  made: (ModelDiagnostic[] | undefined)[];
  /** The whole sorted list, and the diagnostics outside the node loop in the order made (diagnosticsPatch.ts). */
  sorted: readonly ModelDiagnostic[];
  extra: readonly ModelDiagnostic[];
}

/** `prev`'s diagnostics of node `i` when all its facts in `now` are the same ([] for none); undefined when they must be made again. */
export function reusable(prev: NodeDiagnostics | undefined, now: NodeDiagnostics, i: number): readonly ModelDiagnostic[] | undefined {
  if (!prev || prev.nodes[i] !== now.nodes[i]) return undefined;
  const node = now.nodes[i];
  if (prev.status[i] !== now.status[i] || prev.support.attacked(i) !== now.support.attacked(i)) return undefined;
  if (node.reference) {
    if (prev.circular.has(i) !== now.circular.has(i)) return undefined;
    if (prev.links.get(node.reference)?.error !== now.links.get(node.reference)?.error) return undefined;
  }
  if (node.parent !== undefined && prev.nodes[node.parent].kind !== now.nodes[node.parent].kind) return undefined;
  if (!sameFindings(prev.figures.get(i), now.figures.get(i))) return undefined;
  return prev.made[i] ?? [];
}

/** The same findings: the same figures (the node's own objects), states and differing evidence figures. */
function sameFindings(a: readonly ClaimFigure[] | undefined, b: readonly ClaimFigure[] | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    const x = a[k];
    const y = b[k];
    if (x.figure !== y.figure || x.state !== y.state) return false;
    if (x.state === 'mismatch' && y.state === 'mismatch' && !sameEvidence(x.differing, y.differing)) return false;
  }
  return true;
}

function sameEvidence(a: readonly EvidenceFigure[], b: readonly EvidenceFigure[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) {
    if (a[k].figure !== b[k].figure || a[k].path !== b[k].path || a[k].node !== b[k].node) return false;
  }
  return true;
}
