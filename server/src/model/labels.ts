// Labels that make a heading, paragraph or list item a node (case-insensitive).
import type { NodeKind } from './types';

const KIND_OF_LABEL: Readonly<Record<string, NodeKind>> = {
  claim: 'claim',
  thesis: 'claim',
  reason: 'claim',
  evidence: 'evidence',
  data: 'evidence',
  source: 'evidence',
  challenge: 'challenge',
  objection: 'challenge',
  rebuttal: 'challenge',
  counter: 'challenge',
};

export const NODE_LABEL_WORDS = Object.keys(KIND_OF_LABEL);

/** `Claim:` at the start of a text (no space before the colon). */
export const PLAIN_LABEL = new RegExp(`^(${NODE_LABEL_WORDS.join('|')}):`, 'i');
/** The whole text of a bold label with its colon inside: `**Claim:**`. */
export const BOLD_LABEL_WITH_COLON = new RegExp(`^\\s*(${NODE_LABEL_WORDS.join('|')}):\\s*$`, 'i');
/** The whole text of a bold label whose colon follows it: `**Claim**:`. */
export const BOLD_LABEL = new RegExp(`^\\s*(${NODE_LABEL_WORDS.join('|')})\\s*$`, 'i');

export function kindOfLabel(label: string): NodeKind {
  return KIND_OF_LABEL[label.toLowerCase()];
}
