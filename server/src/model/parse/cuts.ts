// Where a document may be cut into chunks (see docs/architecture-model.md for the words).
//
// A cut is only made before a line that CommonMark cannot join to the block above:
// an unindented line after a blank line, an unindented bullet item (which ends
// whatever paragraph, table or list item precedes it), or an unindented line after an
// unindented ATX heading (a heading is one line, and no lazy line continues it: a
// table right under a heading is a chunk of its own, so typing in the heading does not
// parse the table again). Constructs that survive such a
// line — a top-level fenced code block or HTML block left open — are detected after
// parsing (see `openEnd`): an HTML block's chunk is extended to where it really closes; a
// fence's inside becomes a chunk of its own, never parsed (chunk.ts, `Chunk.inCode`).
import { CR, NL, SPACE, TAB, followsBlankLine, isBlankLine, lastLineStart, lineEnd, nextLineStart, withoutLineEnding } from './lines';

const BULLET_ITEM = /[-*+][ \t]+\S/y;
const THEMATIC_BREAK = /([-*_])(?:[ \t]*\1){2,}[ \t]*(?:\r\n|\r|\n|$)/y;

/** An unindented bullet item with content: it interrupts any paragraph or item above it. */
function startsBulletItem(text: string, pos: number): boolean {
  BULLET_ITEM.lastIndex = pos;
  if (!BULLET_ITEM.test(text)) return false;
  THEMATIC_BREAK.lastIndex = pos;
  return !THEMATIC_BREAK.test(text);
}

/** An unindented ATX heading at `pos` (a line start): `#` to `######`, then a space, a tab or the line's end. */
function isHeadingLine(text: string, pos: number): boolean {
  let i = pos;
  while (i < pos + 6 && text.charCodeAt(i) === 35 /* # */) i++;
  if (i === pos) return false;
  const c = text.charCodeAt(i);
  return c === SPACE || c === TAB || c === NL || c === CR || i >= text.length;
}

/** Start of the line before the one that starts at `pos` (`pos` > 0). */
function previousLineStart(text: string, pos: number): number {
  let i = pos - 1;
  if (text.charCodeAt(i) === NL && text.charCodeAt(i - 1) === CR) i--;
  return lastLineStart(text, i);
}

/** End of YAML front matter at the very start of the text (0 if there is none). */
export function frontMatterEnd(text: string): number {
  // After a byte-order mark too: micromark drops it before it looks for front matter.
  if (!/^\uFEFF?---[ \t]*(?:\r\n|\r|\n)/.test(text)) return 0;
  let pos = nextLineStart(text, 0);
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    if (/^---[ \t]*$/.test(text.slice(pos, end))) return nextLineStart(text, pos);
    pos = nextLineStart(text, pos);
  }
  return 0;
}

/** Whether a chunk may start at `pos` (a line start after the text's first line, at or after front matter). */
export function isCut(text: string, pos: number): boolean {
  if (pos <= 0 || pos >= text.length) return false;
  const c = text.charCodeAt(pos);
  if (c === SPACE || c === TAB || c === NL || c === CR || c === 0xfeff) return false;
  return followsBlankLine(text, pos) || startsBulletItem(text, pos) || isHeadingLine(text, previousLineStart(text, pos));
}

/** The next line start after `pos`, or `limit` when the line runs to it (a scan never goes past `limit`). */
function nextLineStartBefore(text: string, pos: number, limit: number): number {
  for (let i = pos; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === NL ? i + 2 : i + 1;
  }
  return limit;
}

/**
 * The first offset after `pos` (and at or after `min`) where a new chunk may start, or
 * the text's end. `pos` must be a line start. With `limit`, the scan stops there: a cut
 * at or past it (or none) gives `limit`, so a look at the next piece never reads a huge
 * block (or a megabyte-long line) to its end.
 */
export function nextCut(text: string, pos: number, min = 0, limit = text.length): number {
  const n = Math.min(text.length, limit);
  let prevBlank = false;
  let prevHeading = false;
  let line = pos;
  while (line < n) {
    if (line > pos && line >= min) {
      const c = text.charCodeAt(line);
      // A byte-order mark inside the text is text, but micromark drops one that starts its
      // input: a chunk must never start with it.
      const indented = c === SPACE || c === TAB || c === NL || c === CR || c === 0xfeff;
      if (!indented && (prevBlank || prevHeading || startsBulletItem(text, line))) return line;
    }
    // Only now read the line to its end: a cut at its start is found without it.
    const next = nextLineStartBefore(text, line, n);
    prevBlank = isBlankLine(text, line, next);
    prevHeading = isHeadingLine(text, line);
    line = next;
  }
  return n;
}

// Parsing has a fixed cost per call (~0.5 ms here), so a chunk is a run of pieces of a few
// KB. Which cut is a boundary (ends a chunk) depends on the text at the cut (an anchor: a
// heading, or a line whose hash is 0 mod 8) rather than on offsets, so that after an edit
// the chunks further on line up with the old ones again and are reused.
/**
 * Chunk sizes in UTF-16 units. Tests set `min` to 0 to cut at every safe line. A piece (text
 * between two cuts) of `alone` or more is a chunk of its own: what is typed beside it (a
 * claim above 200 KB of random bytes, whose cuts are a few KB apart) never parses it again.
 */
export const chunking = { min: 1024, max: 16384, alone: 4096 };

function isAnchor(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) === 35 /* # */) return true;
  let h = 2166136261;
  const end = Math.min(lineEnd(text, pos), pos + 48);
  for (let i = pos; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return ((h >>> 0) & 7) === 0;
}

/**
 * The end of the chunk that starts at `pos`: the first cut at or after `from` where the
 * chunk is big enough and the text anchors a boundary (or the chunk is too big to grow).
 */
export function nextBoundary(text: string, pos: number, from = pos, min = 0): number {
  let cut = nextCut(text, from, min);
  for (;;) {
    if (cut >= text.length) return text.length;
    const size = cut - pos;
    if (size >= chunking.max || (size >= chunking.min && (chunking.min === 0 || isAnchor(text, cut)))) return cut;
    // A piece too big to share a chunk (a huge table, paragraph or list item) gets one of its
    // own, so that an edit beside it re-parses neither it nor, rejoining at it, past it.
    const next = nextCut(text, cut, min, cut + chunking.alone);
    if (next - cut >= chunking.alone) return cut;
    cut = next;
  }
}

export const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HTML_RAW_OPEN = /^ {0,3}<(script|pre|style|textarea)(?:[\s>]|$)/i;
export const HTML_END: [RegExp, RegExp][] = [
  [HTML_RAW_OPEN, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Text that closes each kind of HTML_END block. */
const HTML_CLOSER = ['</pre>', '-->', '?>', '>', ']]>'];

/** A line that closes the top-level fenced code or raw HTML block starting at `start`, if it is one. */
export function closerFor(text: string, type: string, start: number): string | undefined {
  const first = text.slice(start, lineEnd(text, start));
  if (type === 'code') return FENCE_OPEN.exec(first)?.[1];
  if (type === 'html') {
    const kind = HTML_END.findIndex(([opener]) => opener.test(first));
    return kind < 0 ? undefined : HTML_CLOSER[kind];
  }
  return undefined;
}

/** The line that closes a fenced code block opened with `fence` (CommonMark: as long or longer, the same character, nothing but spaces after). */
export function closingFence(fence: string): RegExp {
  return new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
}

/**
 * Where a block that only a line matching `close` ends (a fenced code block, a raw HTML block)
 * ends when its lines from `from` (a line start) on are scanned: just after that line, or the
 * text's end. `closed` tells the two apart where the offsets do not: a closing line that is
 * the text's last, without a line ending, also ends at the text's end.
 */
export function closedBy(text: string, close: RegExp, from: number): { end: number; closed: boolean } {
  for (let line = from; line < text.length; line = nextLineStart(text, line)) {
    if (close.test(text.slice(line, lineEnd(text, line)))) return { end: nextLineStart(text, line), closed: true };
  }
  return { end: text.length, closed: false };
}

/** `closedBy` for a fenced code block opened with `fence` (its run of backticks or tildes). */
export function fenceEnd(text: string, fence: string, from: number): { end: number; closed: boolean } {
  return closedBy(text, closingFence(fence), from);
}

/**
 * When the last top-level block of a chunk is a construct that a cut cannot end, the
 * offset (in `text`) where it really ends; otherwise -1.
 * `blockStart`/`blockEnd` are the block's offsets in `text`; `cut` is where the chunk ended.
 */
export function openEnd(
  text: string,
  type: string,
  blockStart: number,
  blockEnd: number,
  cut: number,
): number {
  if (cut >= text.length) return -1;
  const first = text.slice(blockStart, lineEnd(text, blockStart));
  if (type === 'code') {
    const open = FENCE_OPEN.exec(first);
    if (!open) return -1;
    const close = closingFence(open[1]);
    // The block's last line: a line ending it ends with opens no line of its own (the line
    // after it is the next chunk's, maybe the fence that closes this block).
    const finalLine = lastLineStart(text, withoutLineEnding(text, blockEnd));
    if (finalLine > blockStart && close.test(text.slice(finalLine, lineEnd(text, finalLine)))) return -1;
    // Unclosed: it runs to its closing fence (or the end of the document).
    return fenceEnd(text, open[1], cut).end;
  }
  if (type === 'html') {
    for (const [opener, closer] of HTML_END) {
      if (!opener.test(first)) continue;
      if (closer.test(text.slice(blockStart + 1, blockEnd))) return -1;
      return closedBy(text, closer, cut).end;
    }
    // Other HTML blocks end at a blank line; a cut without one is inside them.
    if (!followsBlankLine(text, cut)) {
      let line = cut;
      while (line < text.length && !isBlankLine(text, line, nextLineStart(text, line))) line = nextLineStart(text, line);
      return line;
    }
  }
  return -1;
}

