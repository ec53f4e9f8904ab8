// The labels of argument-markdown.md, for the preview. The client may not import the model, so
// the table is repeated here; test/preview checks it against the model's own table.

export type PreviewKind = 'claim' | 'evidence' | 'challenge';

export const PREVIEW_LABELS: Readonly<Record<string, PreviewKind>> = {
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

const WORDS = Object.keys(PREVIEW_LABELS).join('|');
/** `Claim:` at the start of a text, then the rest. */
export const PLAIN = new RegExp(`^(${WORDS}):`, 'i');
/** The text inside `**Claim:**`. */
export const BOLD_WITH_COLON = new RegExp(`^\\s*(${WORDS}):\\s*$`, 'i');
/** The text inside `**Claim**`, a colon following. */
export const BOLD = new RegExp(`^\\s*(${WORDS})\\s*$`, 'i');

export function previewKind(label: string): PreviewKind | undefined {
  return PREVIEW_LABELS[label.trim().toLowerCase()];
}
