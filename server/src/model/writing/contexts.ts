// What is being typed at a position, read from the text as typed (the analysis may be of an
// earlier version): a link's fragment, a footnote label, a label at a block's start, or an
// id after `{#`. Half-typed input is the normal case here, never an error.
import type { Analysis, NodeKind, Position, Range } from '../types';
import { codeSpanAt } from './codeLines';
import { LABELS } from './labels';
import { linesOf } from './lines';
import type { WritableBlockType } from './blocks';

export type TypingContext =
  /** After `](#` or `](path.arg.md#`: `file` is the path as written ('' for this file). */
  | { kind: 'id'; file: string; range: Range }
  /** After `[^`; `closed` when a `]` already follows. */
  | { kind: 'footnote'; range: Range; closed: boolean }
  /** At a block's start; `bold` when `**` is typed already. */
  | { kind: 'label'; range: Range; bold: boolean; block: WritableBlockType; indent: number }
  /** After `{#` at a line's end; `closed` when a `}` already follows. */
  | { kind: 'slug'; range: Range; closed: boolean };

const ID_LINK = /\]\([ \t]*<?([^()\s<>#]*)#([^()\s#<>]*)$/;
const ID_DEFINITION = /^[ \t]{0,3}\[[^\]]+\]:[ \t]*<?([^\s<>#]*)#([^\s#<>]*)$/;
const FOOTNOTE = /\[\^([^\]\s^]*)$/;
const SLUG = /\{#([^\s{}]*)$/;
const LABEL_START = /^([ \t]*(?:>[ \t]?[ \t]*)*(#{1,6}[ \t]+|(?:[-*+]|\d{1,9}[.)])[ \t]+)?)(\*\*|__)?([A-Za-z]*)$/;

const range = (line: number, start: number, end: number): Range => ({ start: { line, character: start }, end: { line, character: end } });

export function typingContext(text: string, position: Position): TypingContext | undefined {
  const lines = linesOf(text);
  if (position.line < 0 || position.line >= lines.count) return undefined;
  const line = lines.line(position.line);
  const ch = Math.min(Math.max(position.character, 0), line.length);
  const before = line.slice(0, ch);
  const after = line.slice(ch);
  const n = position.line;

  const footnote = FOOTNOTE.exec(before);
  if (footnote) {
    const tail = /^[^\]\s^]*/.exec(after)?.[0] ?? '';
    return { kind: 'footnote', range: range(n, ch - footnote[1].length, ch + tail.length), closed: after.slice(tail.length).startsWith(']') };
  }
  const link = ID_LINK.exec(before) ?? ID_DEFINITION.exec(before);
  if (link) {
    // A fragment of another kind of file is a heading slug: VS Code's own Markdown answers it.
    if (link[1] !== '' && !/\.arg\.md$/i.test(link[1].split('?')[0])) return undefined;
    const tail = /^[^()\s#<>]*/.exec(after)?.[0] ?? '';
    return { kind: 'id', file: link[1], range: range(n, ch - link[2].length, ch + tail.length) };
  }
  const slug = SLUG.exec(before);
  if (slug) {
    const tail = /^[^\s{}]*/.exec(after)?.[0] ?? '';
    const rest = after.slice(tail.length);
    if (!/^\}?[ \t]*$/.test(rest)) return undefined;
    return { kind: 'slug', range: range(n, ch - slug[1].length, ch + tail.length), closed: rest.startsWith('}') };
  }
  return labelContext(text, n, before, after);
}

function labelContext(text: string, n: number, before: string, after: string): TypingContext | undefined {
  const m = LABEL_START.exec(before);
  if (!m) return undefined;
  const word = m[4];
  if (word && !LABELS.some((l) => l.toLowerCase().startsWith(word.toLowerCase()))) return undefined;
  // A label typed already (the cursor inside its word) needs none.
  const rest = after.slice(/^[A-Za-z]*/.exec(after)?.[0].length ?? 0);
  if (/^(\*\*|__)?[ \t]*:/.test(rest)) return undefined;
  if (m[3] === undefined && /^\*\*|^__/.test(after)) return undefined;
  if (codeSpanAt(text, n)) return undefined;
  const marker = m[2] ?? '';
  const block: WritableBlockType = marker.startsWith('#') ? 'heading' : marker ? 'listItem' : 'paragraph';
  if (block === 'paragraph') {
    // Only a paragraph's first line starts it.
    const lines = linesOf(text);
    const above = n > 0 ? lines.line(n - 1) : '';
    if (n > 0 && !/^\s*$/.test(above) && !/^[ \t]*#{1,6}([ \t]|$)/.test(above) && !codeSpanAt(text, n - 1)) return undefined;
  }
  const start = before.length - word.length - (m[3]?.length ?? 0);
  return { kind: 'label', range: range(n, start, before.length), bold: m[3] !== undefined, block, indent: m[1].length - marker.length };
}

/** Which labels fit best under a parent of this kind, first (the spec's ranking; the rest keep the table's order). */
export function preferredLabels(parent: NodeKind | undefined): readonly string[] {
  switch (parent) {
    case 'claim':
      return ['Evidence', 'Reason', 'Challenge'];
    case 'challenge':
      return ['Rebuttal'];
    case 'evidence':
      return ['Evidence', 'Challenge'];
    default:
      return ['Claim'];
  }
}

/** Whether only a list (blank lines, items at `indent` or deeper, their indented lines) stands between two lines. */
function listFollows(text: string, after: number, line: number, indent: number): boolean {
  const lines = linesOf(text);
  for (let k = after + 1; k < line; k++) {
    const l = lines.line(k);
    const lead = /^[ \t]*/.exec(l)?.[0].length ?? 0;
    if (l.trim() !== '' && lead < indent) return false;
    if (lead === indent && l.trim() !== '' && !/^[ \t]*([-*+]|\d{1,9}[.)])([ \t]|$)/.test(l)) return false;
  }
  return true;
}

/**
 * The node a block typed at `line` would most likely hang under, by the structure rules read
 * loosely (only for ranking): a heading under the nearest labelled heading of a lower depth,
 * a list item under the nearest node above whose item it is indented into (or the labelled
 * paragraph its list follows), a paragraph under its section's heading.
 */
export function likelyParent(analysis: Analysis, text: string, line: number, block: WritableBlockType, indent: number, depth = 0): number | undefined {
  const section = (maxDepth: number): number | undefined => {
    let found: number | undefined;
    const open: { depth: number; node?: number }[] = [];
    for (const h of analysis.headings) {
      if (h.range.start.line >= line) break;
      while (open.length && open[open.length - 1].depth >= h.depth) open.pop();
      open.push({ depth: h.depth, node: h.node });
    }
    for (let i = open.length - 1; i >= 0 && found === undefined; i--) if (open[i].depth < maxDepth) found = open[i].node;
    return found;
  };
  if (block === 'heading') return section(depth || 7);
  let prev: number | undefined;
  for (const node of analysis.nodes) {
    if (node.range.start.line < line) prev = node.index;
    else break;
  }
  for (let i = prev; i !== undefined; i = analysis.nodes[i].parent) {
    const node = analysis.nodes[i];
    if (node.blockType === 'heading') return i;
    const column = node.blockType === 'listItem' ? node.range.start.character - 2 : node.range.start.character;
    if (block === 'listItem' && node.blockType === 'listItem' && column < indent) return i;
    if (block === 'listItem' && node.blockType === 'paragraph' && column <= indent && listFollows(text, node.fullRange.end.line, line, indent)) return i;
    if (block === 'paragraph' && node.blockType === 'listItem' && column < indent) return i;
  }
  return section(7);
}
