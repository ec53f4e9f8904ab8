// A node's status as words. `statusWord` is the graph JSON's `status` field (kept as the
// contract v1 wrote it); the words every view shows come from server/src/shared/statusWords.ts,
// re-exported here with the facts the analysis holds.
import type { Analysis, NodeKind, NodeStatus } from './types';
import { statusWords as wordsOf, type StatusWord as ViewWord } from '../shared/statusWords';

export { graphStatusWords, attackedIds, STATUS_MEANING, type StatusFacts, type GraphStatus, type StatusWord as ViewStatusWord } from '../shared/statusWords';

/** The graph JSON's word for what a node needs: evidence is cited or not, claims and challenges supported or not. */
export type StatusWord = 'supported' | 'unsupported' | 'cited' | 'uncited';

export function statusWord(kind: NodeKind, status: NodeStatus): StatusWord {
  if (kind === 'evidence') return status.cited ? 'cited' : 'uncited';
  return status.supported ? 'supported' : 'unsupported';
}

/**
 * The views' words for a status: `['supported', 'contested']`, `['open', 'unsupported']`.
 * `answered` (a challenge attacks it) is known only for nodes of the analysed file; left
 * out, a challenge shows its support word alone.
 */
export function statusWords(kind: NodeKind, status: NodeStatus, answered?: boolean): ViewWord[] {
  return wordsOf(kind, { ...status, answered });
}

/** The nodes of this file that a challenge attacks (the `to` of an `attacks` edge). */
export function attackedNodes(analysis: Analysis): Set<number> {
  const out = new Set<number>();
  for (const e of analysis.edges) if (e.relation === 'attacks' && 'local' in e.to) out.add(e.to.local);
  return out;
}

/** Node `index`'s words in the views; a reference node has its target's. */
export function nodeStatusWords(analysis: Analysis, index: number, attacked: ReadonlySet<number> = attackedNodes(analysis)): ViewWord[] {
  const node = analysis.nodes[index];
  const status = analysis.status[index];
  if (!node || !status) return [];
  const target = node.reference ? analysis.referenceTargets.get(index) : { local: index };
  if (target && 'local' in target) return statusWords(analysis.nodes[target.local]?.kind ?? node.kind, status, attacked.has(target.local));
  return statusWords(target?.kind ?? node.kind, status);
}
