// Line arithmetic on offsets in a text: where lines start and end, blank lines, line
// endings. CommonMark's line endings: \n, \r\n and a lone \r.

export const NL = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;

/** Offset just past the line ending of the line that contains `pos` (or the text's end). */
export function nextLineStart(text: string, pos: number): number {
  const n = text.length;
  for (let i = pos; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL) return i + 1;
    if (c === CR) return text.charCodeAt(i + 1) === NL ? i + 2 : i + 1;
  }
  return n;
}

/** Offset of the line ending of the line that contains `pos` (or the text's end). */
export function lineEnd(text: string, pos: number): number {
  const n = text.length;
  for (let i = pos; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === NL || c === CR) return i;
  }
  return n;
}

/** True when `text[start, end)` holds only spaces, tabs and line endings. */
export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== SPACE && c !== TAB && c !== NL && c !== CR) return false;
  }
  return true;
}

/** True when the line before `pos` is blank (or `pos` is the start). */
export function followsBlankLine(text: string, pos: number): boolean {
  if (pos === 0) return true;
  let start = pos - 1;
  if (text.charCodeAt(start) === NL && text.charCodeAt(start - 1) === CR) start--;
  let i = start - 1;
  while (i >= 0 && text.charCodeAt(i) !== NL && text.charCodeAt(i) !== CR) i--;
  return isBlankLine(text, i + 1, start);
}

/** Start of the last line of `text[0, end)` (`end` itself when a line ending stands just before it). */
export function lastLineStart(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && text.charCodeAt(i) !== NL && text.charCodeAt(i) !== CR) i--;
  return i + 1;
}

/** Start of the line that ends at `end`, its line ending included (a line ending just before `end` is that line's own). */
export function startOfLineEndingAt(text: string, end: number): number {
  let i = end - 1;
  if (i >= 0 && text.charCodeAt(i) === NL) i--;
  if (i >= 0 && text.charCodeAt(i) === CR) i--;
  while (i >= 0 && text.charCodeAt(i) !== NL && text.charCodeAt(i) !== CR) i--;
  return i + 1;
}

/** `end`, or before the line ending that `text` has just before `end`. */
export function withoutLineEnding(text: string, end: number): number {
  let e = end;
  if (e > 0 && text.charCodeAt(e - 1) === NL) e--;
  if (e > 0 && text.charCodeAt(e - 1) === CR) e--;
  return e;
}

/** Number of line endings in `text`. */
export function countBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

