// A node's status in words, as every feature shows it: `supported`/`unsupported` for
// claims and challenges, `cited`/`uncited` for evidence, then `contested`.
// TODO(issue 10): the model's status→words helper, once its index exports one.
import type { NodeKind, NodeStatus } from '../model';

/** `kind` is unknown for a node of another file that was not read: it reads as a claim's. */
export function statusWords(kind: NodeKind | undefined, status: NodeStatus): string[] {
  const words = [kind === 'evidence' ? (status.cited ? 'cited' : 'uncited') : status.supported ? 'supported' : 'unsupported'];
  if (status.contested) words.push('contested');
  return words;
}
