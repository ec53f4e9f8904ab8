// The status words the preview writes beside each label, from the server's graph JSON. Pure.
// The words are the views' shared vocabulary (argument-markdown.md, "Status words in views").
import type { GraphJson } from '../../../server/src/protocol';

/** By 0-based line of the node's first line (the graph JSON's `line`): the words to show. */
export type StatusWords = ReadonlyMap<number, readonly string[]>;

export function statusWords(graph: GraphJson): StatusWords {
  const answered = new Set(graph.edges.filter((e) => e.relation === 'attacks').map((e) => e.to));
  const words = new Map<number, string[]>();
  for (const node of graph.nodes) {
    const list: string[] = [];
    if (node.kind === 'evidence') list.push(node.status);
    else if (node.kind === 'challenge') list.push(answered.has(node.id) ? 'answered' : 'open', node.status);
    else list.push(node.status);
    if (node.contested && node.kind !== 'challenge') list.push('contested');
    words.set(node.line, list);
  }
  return words;
}
