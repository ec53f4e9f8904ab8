// What a footnote citation needs of its definition, worked out once per object and kept
// beside it (weakly: it goes with the chunk or the placed definition).
import type { CitationDraft } from './drafts';
import { normalizeLabel } from './parse';
import type { FootnoteDefinition } from './types';

/** Whether a footnote definition says something (the spec's empty citation does not), worked out once per placed definition. */
const saying = new WeakMap<FootnoteDefinition, boolean>();

export function says(definition: FootnoteDefinition): boolean {
  let yes = saying.get(definition);
  if (yes === undefined) saying.set(definition, (yes = !isPlaceholder(definition.text)));
  return yes;
}

/** A footnote citation's normalised label, kept beside its draft (which lives as long as its chunk). */
const citationLabels = new WeakMap<CitationDraft, string>();

export function labelOf(c: Extract<CitationDraft, { kind: 'footnote' }>): string {
  let label = citationLabels.get(c);
  if (label === undefined) citationLabels.set(c, (label = normalizeLabel(c.raw)));
  return label;
}

/** The spec's empty citation: a footnote defined as nothing, or only the placeholder `…` (or `...`). */
function isPlaceholder(text: string): boolean {
  return /^(?:…|\.\.\.)?$/.test(text.trim());
}
