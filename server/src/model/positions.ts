// The one place for position and range arithmetic in the model. Positions are LSP-ready:
// 0-based lines, characters in UTF-16 code units.
import type { Position, Range } from './types';

export function zeroRange(): Range {
  return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}

export function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Negative, zero or positive as `a` starts (then ends) before, with or after `b`. */
export function compareRanges(a: Range, b: Range): number {
  return a.start.line - b.start.line || a.start.character - b.start.character || a.end.line - b.end.line || a.end.character - b.end.character;
}

/** The smallest range covering both. */
export function unionRange(a: Range, b: Range): Range {
  return { start: isBefore(b.start, a.start) ? b.start : a.start, end: isBefore(a.end, b.end) ? b.end : a.end };
}

/** A chunk-relative range moved down to the chunk's first line `line` in the document. */
export function shiftRange(r: Range, line: number): Range {
  if (line === 0) return r;
  return { start: { line: r.start.line + line, character: r.start.character }, end: { line: r.end.line + line, character: r.end.character } };
}

/**
 * Offset → position in one text (a chunk). Offsets past `end` (the definitions appended
 * for parsing: an open fence in a list item can run into them) are placed at `end`.
 */
/** The line holding `offset`, given each line's first offset in ascending order (binary search). */
export function lineOfOffset(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export class Locator {
  private readonly starts: number[] = [0];
  constructor(
    readonly text: string,
    private readonly end = text.length,
  ) {
    for (let i = 0; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (i + 1 < end && text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  position(offset: number): Position {
    if (offset > this.end) offset = this.end;
    const line = lineOfOffset(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  /** Position → offset (the inverse of `position` for a position inside the text). */
  offset(p: Position): number {
    return Math.min(this.end, (this.starts[p.line] ?? this.end) + p.character);
  }
}
