// Nesting. remark's time grows with the cube of list depth (800 levels took 11.5 s) and
// its recursion overflows the stack on deep trees, so a chunk nested deeper than this is
// left unparsed: no nodes come from it, and it gets a `nesting-too-deep` diagnostic.
import { FENCE_OPEN, HTML_END, closingFence } from './cuts';
import { CR, NL, SPACE, TAB, lineEnd, nextLineStart } from './lines';

/** Deepest nesting of block quotes and list items a chunk may have and still be parsed. */
export const MAX_NESTING = 100;

const GT = 62;

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isGap(c: number): boolean {
  return c === SPACE || c === TAB || c === NL || c === CR || Number.isNaN(c);
}

/**
 * The first line of `text` whose container prefix is nested deeper than `limit`, with its
 * estimated depth. A cheap scan of each line's start, estimating from above: every `>` and
 * every list marker is a level, and so is every two columns of indentation (a nested item
 * is indented at least two columns per level). A line without a marker opens nothing.
 */
export function tooDeep(text: string, limit = MAX_NESTING): { offset: number; depth: number } | undefined {
  const n = text.length;
  for (let pos = 0; pos < n; pos = nextLineStart(text, pos)) {
    let i = pos;
    let columns = 0;
    let markers = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === SPACE) {
        columns++;
        i++;
        continue;
      }
      if (c === TAB) {
        columns += 4 - (columns % 4);
        i++;
        continue;
      }
      let after = -1;
      if (c === GT) after = i + 1;
      else if ((c === 45 || c === 42 || c === 43) && isGap(text.charCodeAt(i + 1))) after = i + 1;
      else if (isDigitCode(c)) {
        let j = i + 1;
        while (j < i + 9 && isDigitCode(text.charCodeAt(j))) j++;
        const d = text.charCodeAt(j);
        if ((d === 46 || d === 41) && isGap(text.charCodeAt(j + 1))) after = j + 1;
      }
      if (after < 0) break;
      markers++;
      // The one space after a marker belongs to it.
      i = text.charCodeAt(after) === SPACE ? after + 1 : after;
    }
    if (markers && markers + (columns >> 1) > limit) return { offset: pos, depth: markers + (columns >> 1) };
  }
  return undefined;
}

/**
 * For a chunk that is not parsed: the top-level fence or raw HTML block it leaves open, found
 * by a line scan, so that the chunk still runs to where that block closes (as `last` would).
 */
export function openBlockScan(text: string): { type: string; start: number; end: number } | undefined {
  let open: { type: string; start: number; close: RegExp } | undefined;
  for (let pos = 0; pos < text.length; pos = nextLineStart(text, pos)) {
    const line = text.slice(pos, lineEnd(text, pos));
    if (open) {
      if (open.close.test(line)) open = undefined;
      continue;
    }
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      open = { type: 'code', start: pos, close: closingFence(fence[1]) };
      continue;
    }
    const html = HTML_END.find(([opener]) => opener.test(line));
    if (html && !html[1].test(line.slice(1))) open = { type: 'html', start: pos, close: html[1] };
  }
  return open && { type: open.type, start: open.start, end: text.length };
}
