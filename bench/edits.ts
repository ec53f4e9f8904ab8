// Realistic edits for the server bench (issue 11): what a person does in an argument
// file besides typing a letter. Each edit is one or more didChange steps, each step
// measured from sending it to the diagnostics for its version. Pure: text in, changes out.
import type { Position, Range } from 'vscode-languageserver-protocol';
import { prng } from './generate';

export interface Change {
  range: Range;
  text: string;
}

export const EDIT_KINDS = ['enter', 'list marker', 'label', 'fence', 'delete blank line', 'paste'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

/** Applies one change to a line array (kept in step with the server's text). */
export function applyChange(lines: string[], c: Change): void {
  const { start, end } = c.range;
  const before = lines[start.line].slice(0, start.character);
  const after = lines[end.line].slice(end.character);
  const middle = (before + c.text + after).split('\n');
  lines.splice(start.line, end.line - start.line + 1, ...middle);
}

const at = (line: number, character: number): Position => ({ line, character });
const insert = (p: Position, text: string): Change => ({ range: { start: p, end: p }, text });

const PARAGRAPH = /^[A-Za-z].{40,}/;
const LIST_ITEM = /^(\s*)(?:[-*]|\d+\.) (?!\*\*|\w+:)\S.{20,}$/;
const ANY_LIST_ITEM = /^(\s*)(?:[-*]|\d+\.) \S.{20,}$/;
const blank = (s: string | undefined) => s !== undefined && s.trim() === '';
/** A blank line between two blocks, outside code fences we can see (previous line not a fence). */
const betweenBlocks = (lines: readonly string[], i: number) => blank(lines[i]) && !blank(lines[i - 1]) && !blank(lines[i + 1]) && !/^\s*(```|~~~)/.test(lines[i - 1] ?? '');

/** A paragraph of about 2 KB of plain prose, the same every time. */
export function pastedParagraph(): string {
  const words = ['the', 'zone', 'reported', 'growth', 'in', 'services', 'while', 'critics', 'noted', 'that', 'costs', 'rose', 'and', 'firms', 'moved', 'north'];
  const r = prng(7);
  let s = 'Pasted note:';
  while (s.length < 2000) s += ' ' + words[Math.floor(r() * words.length)];
  return s + '.';
}

/** First index at or after `from` (wrapping) whose line satisfies `ok`. */
function find(lines: readonly string[], from: number, ok: (i: number) => boolean): number | undefined {
  for (let k = 0; k < lines.length; k++) {
    const i = (from + k) % lines.length;
    if (ok(i)) return i;
  }
  return undefined;
}

/**
 * The steps of one edit of `kind` near `fraction` of the document, each one didChange,
 * with positions valid after the steps before it; undefined when the document has no
 * place for it (e.g. no list items).
 */
export function planEdit(kind: EditKind, lines: readonly string[], fraction: number): Change[] | undefined {
  const from = Math.floor(lines.length * fraction);
  switch (kind) {
    case 'enter': {
      // Enter in the middle of a paragraph line (or, lacking paragraphs, a list item).
      const i = find(lines, from, (j) => PARAGRAPH.test(lines[j])) ?? find(lines, from, (j) => ANY_LIST_ITEM.test(lines[j]));
      if (i === undefined) return undefined;
      const space = lines[i].indexOf(' ', Math.floor(lines[i].length / 2));
      return [insert(at(i, space < 0 ? lines[i].length : space + 1), '\n')];
    }
    case 'list marker': {
      // Enter at the end of a list item (the editor keeps the indent), then `-` and a space.
      const i = find(lines, from, (j) => ANY_LIST_ITEM.test(lines[j]));
      if (i === undefined) return undefined;
      const indent = ANY_LIST_ITEM.exec(lines[i])![1];
      return [insert(at(i, lines[i].length), '\n' + indent), insert(at(i + 1, indent.length), '-'), insert(at(i + 1, indent.length + 1), ' ')];
    }
    case 'label': {
      // `**Claim:** ` typed one character at a time at the start of an unlabelled list item's text, or of a paragraph.
      const i = find(lines, from, (j) => LIST_ITEM.test(lines[j])) ?? find(lines, from, (j) => PARAGRAPH.test(lines[j]));
      if (i === undefined) return undefined;
      const col = LIST_ITEM.test(lines[i]) ? lines[i].search(/\S/) + 2 : 0;
      return [...'**Claim:** '].map((ch, k) => insert(at(i, col + k), ch));
    }
    case 'fence': {
      // A fence opened on a blank line between blocks (the rest of the file turns to code), then closed a few blocks later.
      const i = find(lines, from, (j) => betweenBlocks(lines, j));
      if (i === undefined) return undefined;
      const close = find(lines, i + 3, (j) => j > i + 2 && betweenBlocks(lines, j)) ?? i;
      // After the opening line is inserted, the closing blank line has moved down by one.
      return [insert(at(i, 0), '```\n'), insert(at(close > i ? close + 1 : i + 2, 0), '```\n')];
    }
    case 'delete blank line': {
      const i = find(lines, from, (j) => betweenBlocks(lines, j));
      if (i === undefined) return undefined;
      return [{ range: { start: at(i, 0), end: at(i + 1, 0) }, text: '' }];
    }
    case 'paste': {
      // A 2 KB paragraph pasted on a blank line between blocks, blank lines kept around it.
      const i = find(lines, from, (j) => betweenBlocks(lines, j));
      if (i === undefined) return undefined;
      return [insert(at(i, 0), `\n${pastedParagraph()}\n`)];
    }
  }
}
