// Support and citation after an edit, worked out again only as far as the edit reaches
// (issue 12, "Incremental graph and analysis"). A node's support and citation depend only on
// the nodes that reach it by supports edges (their kinds and sources) and on those edges; so
// a node that no changed node reaches keeps the previous analysis's values, and the least
// fixpoint is run again over the reached nodes alone, fed by the settled nodes around them.
import { SLICE } from './slices';
import { citesItself, type SupportGraph } from './status';

/**
 * Recomputes `graph`'s support and citation (holding the previous values) for every node that a
 * node of `changed` reaches by supports edges, `changed` included; returns those nodes, in walk order.
 */
export function* refixSupport(graph: SupportGraph, changed: readonly number[]): Generator<void, number[], void> {
  const { nodes, edges, outHead, outNext, inHead, inNext, cited, supported } = graph;
  const inReach = new Uint8Array(nodes.length);
  const reach: number[] = [];
  for (const c of changed) {
    if (inReach[c]) continue;
    inReach[c] = 1;
    reach.push(c);
  }
  // Up the supports edges of the new graph: the old edges that are gone changed their parents, which are in `changed`.
  for (let k = 0; k < reach.length; k++) {
    for (let i = outHead[reach[k]]; i >= 0; i = outNext[i]) {
      const y = edges[i].to;
      if (!inReach[y]) {
        inReach[y] = 1;
        reach.push(y);
      }
    }
    if (k % SLICE === SLICE - 1) yield;
  }
  const queue: number[] = [];
  for (const x of reach) {
    cited[x] = 0;
    supported[x] = 0;
  }
  for (let k = 0; k < reach.length; k++) {
    const x = reach[k];
    if (citesItself(nodes[x].node)) {
      cited[x] = 1;
      queue.push(x);
    }
    // A settled node that carries support into the reach feeds it as it fed the whole fixpoint.
    for (let i = inHead[x]; i >= 0; i = inNext[i]) {
      const w = edges[i].from;
      if (edges[i].relation === 'supports' && !inReach[w] && graph.carries(w)) queue.push(w);
    }
    if (k % SLICE === SLICE - 1) yield;
  }
  yield* graph.propagate(queue);
  return reach;
}
