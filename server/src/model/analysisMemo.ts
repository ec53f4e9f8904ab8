// What an analysis leaves for the next version's (issue 12, "Incremental graph and analysis"):
// its support graph (statusMemo.ts) and its diagnostics node by node (diagnosticsReuse.ts).
// The next version shares most of its nodes (nodeAssembly.ts), so the memo is found through
// them; every use proves what it takes still holds, so a memo found for another version is
// only a missed chance, never a wrong result.
import type { NodeDiagnostics } from './diagnosticsReuse';
import type { SupportMemo } from './statusMemo';
import type { ArgNode, Edge, FileGraph } from './types';

export interface AnalysisMemo {
  path: string;
  /** Set when the file reached no other (only then is its support graph taken on). */
  support?: SupportMemo;
  diagnosed: NodeDiagnostics;
  /** The edges into the file's nodes as the analysis gave them (the next takes them when its edges are these). */
  edges: readonly Edge[];
  /** The nodes it is kept under (set by `keepAnalysis`). */
  keys?: readonly ArgNode[];
}

/**
 * The last memo, under a few of its nodes (the first, middle and last). Held weakly, and each
 * memo names no other, so no chain is kept; and a memo taken over by the next is taken off its
 * keys, since a key node the next version reuses elsewhere (its middle moves when the node count
 * changes) would otherwise keep it, and with it a whole support graph, alive with the document.
 */
const memos = new WeakMap<ArgNode, AnalysisMemo>();

function keys(nodes: readonly ArgNode[]): ArgNode[] {
  return nodes.length ? [nodes[0], nodes[nodes.length >> 1], nodes[nodes.length - 1]] : [];
}

/** The memo of an earlier analysis of `local`'s file that shares one of its key nodes. */
export function previousAnalysis(local: Pick<FileGraph, 'path' | 'nodes'>): AnalysisMemo | undefined {
  for (const n of keys(local.nodes)) {
    const memo = memos.get(n);
    if (memo?.path === local.path) return memo;
  }
  return undefined;
}

/** Keeps `memo` for the next analysis of `local`'s file, in place of `prev` (the memo it was made from). */
export function keepAnalysis(local: FileGraph, memo: AnalysisMemo, prev: AnalysisMemo | undefined): void {
  for (const n of prev?.keys ?? []) if (memos.get(n) === prev) memos.delete(n);
  memo.keys = keys(local.nodes);
  for (const n of memo.keys) memos.set(n, memo);
}
