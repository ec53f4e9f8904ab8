// Block size. remark's inline parsing is quadratic on one huge paragraph full of brackets
// (200 KB of random bytes took 37 s), and a block Markdown cannot split is never cut into
// chunks. So a cheap line scan finds such blocks over the limit before remark sees them,
// and remark is given only the block's first line start (enough for its label): the rest
// becomes spaces, positions unchanged. The block gets a `block-too-large` diagnostic.
import { FENCE_OPEN } from './cuts';
import { SPACE, TAB, lineEnd, nextLineStart } from './lines';

/** The default of `argmap.maxBlockSize` and `--max-block-size`, in UTF-8 bytes. */
export const DEFAULT_MAX_BLOCK_SIZE = 100_000;

/** Of a block over the limit, this many characters of its first line still go to remark (its label, its start). */
const KEPT = 256;

export interface LargeBlock {
  /** Offsets of the block in the scanned text: its first line's start, its last line's end. */
  start: number;
  end: number;
  /** Its size in UTF-8 bytes. */
  size: number;
  /** Where the text given to remark stops being the block's own. */
  kept: number;
}

function utf8Length(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return n;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Whether the line at `pos` starts a block of its own (so it does not continue the paragraph
 * or table above): a heading, block quote, list item or thematic break. An estimate from
 * above: a line that merely looks like one ends the block a line earlier, never later.
 */
function startsBlock(text: string, pos: number, end: number): boolean {
  let i = pos;
  while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  const c = text.charCodeAt(i);
  const gap = (j: number) => j >= end || text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB;
  if (c === 35 /* # */ || c === 62 /* > */) return true;
  if ((c === 45 || c === 42 || c === 43 || c === 95) && (gap(i + 1) || text.charCodeAt(i + 1) === c)) return true;
  if (isDigit(c)) {
    let j = i + 1;
    while (j < i + 9 && isDigit(text.charCodeAt(j))) j++;
    const d = text.charCodeAt(j);
    return (d === 46 || d === 41) && gap(j + 1);
  }
  return false;
}

function isBlank(text: string, pos: number, end: number): boolean {
  for (let i = pos; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB) return false;
  }
  return true;
}

/**
 * The blocks of `text` over `max` UTF-8 bytes: runs of non-blank lines outside fenced code,
 * each starting where a line starts a block. Linear in the text.
 */
export function largeBlocks(text: string, max: number): LargeBlock[] {
  const found: LargeBlock[] = [];
  if (text.length <= max / 3 || !Number.isFinite(max)) return found;
  let start = -1;
  let end = 0;
  let fence: string | undefined;
  const close = () => {
    if (start >= 0 && end - start > max / 3) {
      const size = utf8Length(text, start, end);
      if (size > max) found.push({ start, end, size, kept: Math.min(lineEnd(text, start), start + KEPT, byteCut(text, start, max)) });
    }
    start = -1;
  };
  for (let pos = 0; pos < text.length; ) {
    const eol = lineEnd(text, pos);
    const next = nextLineStart(text, pos);
    const line = eol - pos < 200 ? text.slice(pos, eol) : text.slice(pos, pos + 200);
    if (fence !== undefined) {
      if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
    } else if (isBlank(text, pos, eol)) {
      close();
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) {
        close();
        fence = open[1];
      } else {
        if (start < 0 || startsBlock(text, pos, eol)) {
          close();
          start = pos;
        }
        end = eol;
      }
    }
    pos = next;
  }
  close();
  return found;
}

/** `text` with each large block's content past `kept` turned into spaces (line endings kept). */
export function withoutLargeBlocks(text: string, blocks: readonly LargeBlock[]): string {
  if (!blocks.length) return text;
  const parts: string[] = [];
  let at = 0;
  for (const b of blocks) {
    parts.push(text.slice(at, b.kept));
    parts.push(text.slice(b.kept, b.end).replace(/[^\r\n]/g, ' '));
    at = b.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** The offset in `text` where `max` UTF-8 bytes from `start` end (not inside a character). */
export function byteCut(text: string, start: number, max: number): number {
  let n = 0;
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00;
    const bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    if (n + bytes > max) break;
    n += bytes;
    i += pair ? 2 : 1;
  }
  return i;
}
