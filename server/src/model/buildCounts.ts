// How a graph build got each chunk's records: walked, or copied from the chunk's memo. A
// copy and a walk give the same graph, so this is the only way a test sees which one ran.
import type { ArgNode } from './types';

export interface BuildCounts {
  /** Chunks whose blocks were walked. */
  walked: number;
  /** Chunks whose records were copied from their memo. */
  copied: number;
}

/** Each build's counts, by its nodes array (weakly: they go with the graph). */
const counts = new WeakMap<readonly ArgNode[], BuildCounts>();

export function keepBuildCounts(nodes: readonly ArgNode[], c: BuildCounts): void {
  counts.set(nodes, c);
}

/** The counts of the build that made `nodes` (an analysis's `nodes`), for tests. */
export function graphBuildCounts(nodes: readonly ArgNode[]): BuildCounts | undefined {
  return counts.get(nodes);
}
