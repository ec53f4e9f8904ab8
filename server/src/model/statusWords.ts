// The one place where a node's status becomes words, for every reader (graph JSON,
// diagrams, the text tree, hover, symbols, the client).
import type { NodeKind, NodeStatus } from './types';

/** The word for what a node needs: evidence is cited or not, claims and challenges supported or not. */
export type StatusWord = 'supported' | 'unsupported' | 'cited' | 'uncited';

export function statusWord(kind: NodeKind, status: NodeStatus): StatusWord {
  if (kind === 'evidence') return status.cited ? 'cited' : 'uncited';
  return status.supported ? 'supported' : 'unsupported';
}

/** The status word, then `contested` when it is: `['supported', 'contested']`. */
export function statusWords(kind: NodeKind, status: NodeStatus): (StatusWord | 'contested')[] {
  const words: (StatusWord | 'contested')[] = [statusWord(kind, status)];
  if (status.contested) words.push('contested');
  return words;
}
