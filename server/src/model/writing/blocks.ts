// Blocks as places to write: the block a position stands in (labelled or not) and where a
// label goes in it, and where a new child list item goes under a node.
import type { Analysis, Position } from '../types';
import { codeSpanAt } from './codeLines';
import { linesOf, type TextLines } from './lines';
import { writingStyle } from './style';

/** Block quote markers and the spaces around them, at a line's start. */
const QUOTES = /^[ \t]*(?:>[ \t]?[ \t]*)*/;
const HEADING = /^[ \t]*(?:>[ \t]?[ \t]*)*#{1,6}(?:[ \t]+|$)/;
const LIST_ITEM = /^([ \t]*(?:>[ \t]?[ \t]*)*)([-*+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const THEMATIC_BREAK = /^[ \t]*(?:>[ \t]?[ \t]*)*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export type WritableBlockType = 'heading' | 'paragraph' | 'listItem';

export interface BlockAt {
  type: WritableBlockType;
  /** The block's first line. */
  line: number;
  /** Where its label starts (or would go): after `#`s, a list marker, block quote markers. */
  labelAt: number;
  /** The node, when the block is one. */
  node?: number;
}

/** Where a label goes on a line that starts a block, and the block's type; undefined for lines that start none we label. */
export function blockStart(line: string): { type: WritableBlockType; labelAt: number } | undefined {
  if (THEMATIC_BREAK.test(line)) return undefined;
  const heading = HEADING.exec(line);
  if (heading) return { type: 'heading', labelAt: heading[0].length };
  const item = LIST_ITEM.exec(line);
  if (item) return { type: 'listItem', labelAt: item[0].length };
  const quotes = QUOTES.exec(line)?.[0].length ?? 0;
  const rest = line.slice(quotes);
  // Tables and HTML are never nodes.
  if (rest === '' || rest.startsWith('|') || rest.startsWith('<')) return undefined;
  return { type: 'paragraph', labelAt: quotes };
}

function isListItemLine(line: string): boolean {
  return LIST_ITEM.test(line) && !THEMATIC_BREAK.test(line);
}

/** The labelled or unlabelled block at `position`, outside code, HTML and front matter. */
export function blockAt(analysis: Analysis, text: string, position: Position): BlockAt | undefined {
  let node: number | undefined;
  for (const n of analysis.nodes) {
    if (n.blockRange.start.line <= position.line && position.line <= n.blockRange.end.line) node = n.index;
  }
  if (node !== undefined) {
    const n = analysis.nodes[node];
    return { type: n.blockType, line: n.range.start.line, labelAt: n.range.start.character, node };
  }
  const lines = linesOf(text);
  if (position.line >= lines.count || codeSpanAt(text, position.line) || lines.isBlank(position.line)) return undefined;
  let line = position.line;
  // A paragraph's first line: up past its continuation lines (a list item's too).
  while (line > 0 && !HEADING.test(lines.line(line)) && !isListItemLine(lines.line(line))) {
    const above = line - 1;
    if (lines.isBlank(above) || codeSpanAt(text, above) || HEADING.test(lines.line(above))) break;
    line = above;
  }
  const start = blockStart(lines.line(line));
  if (!start) return undefined;
  // A table's delimiter row under its header.
  if (/^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/.test(lines.line(line + 1))) return undefined;
  return { ...start, line };
}

/** An insertion: `newText` at `position`. */
export interface Insertion {
  position: Position;
  newText: string;
}

/** The next marker of a list: the same bullet, or the next number. */
function nextMarker(marker: string): string {
  const ordered = /^(\d+)([.)])$/.exec(marker);
  return ordered ? `${Number(ordered[1]) + 1}${ordered[2]}` : marker;
}

/**
 * A new list item `content` as the last list-item child of node `parent`: after its last
 * list-item child in that list, else in a new list right under the node's own block (a list
 * after a labelled paragraph or a heading belongs to it; nested in an item, to the item).
 */
export function childItem(analysis: Analysis, text: string, parent: number, content: string): Insertion {
  const lines = linesOf(text);
  const style = writingStyle(analysis, text);
  const p = analysis.nodes[parent];
  const children = p.children.map((c) => analysis.nodes[c]);
  const lastItem = [...children].reverse().find((c) => c.blockType === 'listItem');
  let at: Position;
  let prefix: string;
  let marker = style.bullet;
  if (lastItem) {
    const m = LIST_ITEM.exec(lines.line(lastItem.range.start.line));
    prefix = m?.[1] ?? '';
    marker = m ? nextMarker(m[2]) : marker;
    at = lastItem.fullRange.end;
  } else {
    const first = lines.line(p.range.start.line);
    if (p.blockType === 'listItem') {
      // Nested: indented to the item's content, after the item unless a labelled paragraph ends it.
      prefix = first.slice(0, p.range.start.character).replace(/[^\s>]/g, ' ');
      at = children.length ? p.blockRange.end : p.fullRange.end;
    } else if (p.blockType === 'paragraph') {
      prefix = first.slice(0, p.range.start.character);
      at = p.blockRange.end;
    } else {
      prefix = QUOTES.exec(first)?.[0] ?? '';
      at = { line: p.range.start.line, character: first.length };
    }
  }
  let newText = `${style.eol}${prefix}${marker} ${content}`;
  if (lazyAfter(lines, at)) newText += style.eol;
  return { position: at, newText };
}

/** Whether the line after `at` would run on into a list item inserted at `at` (a paragraph's lazy continuation). */
function lazyAfter(lines: TextLines, at: Position): boolean {
  const next = at.line + 1;
  if (lines.line(at.line).length > at.character) return true;
  if (next >= lines.count || lines.isBlank(next)) return false;
  const line = lines.line(next);
  return !isListItemLine(line) && !HEADING.test(line) && !/^[ \t]*(```|~~~|>)/.test(line);
}
