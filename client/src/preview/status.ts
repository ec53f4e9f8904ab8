// The status words the preview writes beside each label, from the server's graph JSON. Pure.
// The words are the views' shared vocabulary, made in server/src/shared/statusWords.ts.
import type { GraphJson } from '../../../server/src/protocol';
import { attackedIds, graphStatusWords } from '../../../server/src/shared/statusWords';

/** By 0-based line of the node's first line (the graph JSON's `line`): the words to show. */
export type StatusWords = ReadonlyMap<number, readonly string[]>;

export function statusWords(graph: GraphJson): StatusWords {
  const attacked = attackedIds(graph.edges);
  const words = new Map<number, string[]>();
  for (const node of graph.nodes) words.set(node.line, graphStatusWords(node, attacked.has(node.id)));
  return words;
}
