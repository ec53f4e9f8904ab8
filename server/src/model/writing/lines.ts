// A text seen as lines, for the features that write into it (completion, quick fixes):
// positions ↔ offsets and a line's text, computed once per text.
import { lineOfOffset } from '../positions';
import type { Position, Range } from '../types';

export class TextLines {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    // indexOf runs natively: a 1 MB text in a few milliseconds, not tens.
    if (text.includes('\r')) {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13) this.starts.push(i + 1);
      }
    } else {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  /** The line's text without its line ending ('' past the end). */
  line(n: number): string {
    if (n < 0 || n >= this.starts.length) return '';
    const start = this.starts[n];
    let end = n + 1 < this.starts.length ? this.starts[n + 1] : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  /** The offset of a position, clamped into the text. */
  offset(p: Position): number {
    if (p.line < 0) return 0;
    if (p.line >= this.starts.length) return this.text.length;
    return this.starts[p.line] + Math.max(0, Math.min(p.character, this.line(p.line).length));
  }

  /** The position of an offset (clamped into the text). */
  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOfOffset(this.starts, offset);
    return { line, character: Math.min(offset - this.starts[line], this.line(line).length) };
  }

  /** The text a range covers. */
  slice(r: Range): string {
    return this.text.slice(this.offset(r.start), this.offset(r.end));
  }

  /** The position after the last character. */
  get end(): Position {
    const last = this.starts.length - 1;
    return { line: last, character: this.line(last).length };
  }

  /** The file's line ending: the first one it uses, `\n` when it has none. */
  get eol(): string {
    const m = /\r\n|\n|\r/.exec(this.text);
    return m ? m[0] : '\n';
  }

  isBlank(n: number): boolean {
    return /^\s*$/.test(this.line(n));
  }
}

/** Memoised per text: features ask several times about the same version. */
let last: TextLines | undefined;
export function linesOf(text: string): TextLines {
  if (last?.text !== text) last = new TextLines(text);
  return last;
}
