// Labels as text to read and write: where a written label ends, what a would-be label
// (`label-typo`) would be, and a label in the file's style.
import { labelKind, NODE_LABEL_WORDS } from '../../shared/labels';
import type { NodeKind } from '../types';

/** Every label and alias, capitalised, in the spec's table order. */
export const LABELS: readonly string[] = NODE_LABEL_WORDS.map(capitalise);

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}

export function kindOf(label: string): NodeKind | undefined {
  return labelKind(label);
}

/** `**Claim:** ` or `Claim: `. */
export function writeLabel(label: string, bold: boolean): string {
  return bold ? `**${label}:** ` : `${label}: `;
}

/** A label as written at the start of `line`'s text from `at`: its word, whether bold, and where it (with the spaces after it) ends. */
export interface WrittenLabel {
  word: string;
  bold: boolean;
  /** Character just past the label and the spaces after it. */
  end: number;
}

const WRITTEN = /^(?:(\*\*|__)[ \t]*([A-Za-z]+)[ \t]*(?::[ \t]*\1|\1[ \t]*:)|([A-Za-z]+):)[ \t]*/;

/** The label that starts at character `at` of `line`, if one does. */
export function writtenLabel(line: string, at: number): WrittenLabel | undefined {
  const m = WRITTEN.exec(line.slice(at));
  const word = m && (m[2] ?? m[3]);
  if (!m || !word || !labelKind(word)) return undefined;
  return { word, bold: m[1] !== undefined, end: at + m[0].length };
}

/** What a would-be label (`label-typo`) is: the label it would be and where its text ends. */
export interface WouldBeLabel {
  /** The label it would be, capitalised (`Claims` → `Claim`). */
  label: string;
  /** Character just past the would-be label and the spaces after it. */
  end: number;
}

// Any emphasis, any spacing around the colon, a plural `s`: every typo of the spec and their mixes.
// The closing emphasis must repeat the opening one (empty when there is none).
const WOULD_BE = /^(\*\*|__|\*|_)?[ \t]*([A-Za-z]+?)(s?)[ \t]*(?:\1[ \t]*:|:\1)[ \t]*/;

/** The would-be label starting at character `at` of `line`. */
export function wouldBeLabel(line: string, at: number): WouldBeLabel | undefined {
  const m = WOULD_BE.exec(line.slice(at));
  if (!m) return undefined;
  const word = labelKind(m[2]) ? m[2] : labelKind(m[2] + m[3]) ? m[2] + m[3] : undefined;
  if (!word) return undefined;
  return { label: capitalise(word), end: at + m[0].length };
}
