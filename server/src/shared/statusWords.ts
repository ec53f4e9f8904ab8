// The status words every view shows (argument-markdown.md, "Status words in views"): the
// Argument view, the outline detail, the CLI tree, the map and the preview all take them
// from here. Pure and dependency-free, so the client bundle and the map can take it; the
// model re-exports it from its index.

export type StatusKind = 'claim' | 'evidence' | 'challenge';

export type StatusWord = 'supported' | 'unsupported' | 'contested' | 'cited' | 'uncited' | 'open' | 'answered';

/** What the analysis knows of a node, in the model's terms (`NodeStatus` plus attacks on it). */
export interface StatusFacts {
  supported: boolean;
  cited: boolean;
  contested: boolean;
  /** A challenge attacks this node (answered or not); undefined when unknown (a node of another file). */
  answered?: boolean;
}

/**
 * The words for a node, most important first: claim `supported`/`unsupported` (+ `contested`);
 * evidence `cited`/`uncited` (+ `contested`); challenge `open`/`answered`, then
 * `supported`/`unsupported`. A challenge never says `contested`: an attack on it is its answer.
 */
export function statusWords(kind: StatusKind, facts: StatusFacts): StatusWord[] {
  const words: StatusWord[] = [];
  if (kind === 'evidence') words.push(facts.cited ? 'cited' : 'uncited');
  else {
    if (kind === 'challenge' && facts.answered !== undefined) words.push(facts.answered ? 'answered' : 'open');
    words.push(facts.supported ? 'supported' : 'unsupported');
  }
  if (facts.contested && kind !== 'challenge') words.push('contested');
  return words;
}

/** A node as the graph JSON writes it: one status word (`supported`, `cited`, …) and `contested`. */
export interface GraphStatus {
  kind: string;
  status: string;
  contested?: boolean;
}

/** The words of a graph JSON node; `answered`: an `attacks` edge ends at it (see `attackedIds`). */
export function graphStatusWords(node: GraphStatus, answered: boolean): StatusWord[] {
  const kind: StatusKind = node.kind === 'evidence' || node.kind === 'challenge' ? node.kind : 'claim';
  return statusWords(kind, {
    supported: node.status === 'supported',
    cited: node.status === 'cited',
    contested: node.contested === true,
    answered,
  });
}

/** The ids of the graph JSON nodes that an `attacks` edge ends at. */
export function attackedIds(edges: readonly { to: string; relation: string }[]): Set<string> {
  return new Set(edges.filter((e) => e.relation === 'attacks').map((e) => e.to));
}

/** What each word means, for legends and tooltips: said in words, never by colour alone. */
export const STATUS_MEANING: Readonly<Record<StatusWord, string>> = {
  supported: 'backed by cited evidence or a supported reason',
  unsupported: 'nothing cited backs it yet',
  contested: 'a challenge against it stands unanswered',
  cited: 'names its source (a footnote or a link)',
  uncited: 'names no source yet',
  open: 'no rebuttal answers it yet',
  answered: 'a rebuttal attacks it',
};
