// The labels of argument-markdown.md that make a heading, paragraph or list item a node
// (case-insensitive). Shared: the model reads nodes with them, the client's preview tags them.
// Pure and dependency-free, so the client bundle can take it without the model.

export type LabelKind = 'claim' | 'evidence' | 'challenge';

const KIND_OF_LABEL: Readonly<Record<string, LabelKind>> = {
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

/** The kind a label word names, or undefined when it is no label. */
export function labelKind(label: string): LabelKind | undefined {
  return KIND_OF_LABEL[label.trim().toLowerCase()];
}
