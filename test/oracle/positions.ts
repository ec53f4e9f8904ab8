// Positions for the inline nodes remark leaves without one. GFM's autolink step splits a text
// that an escape runs through (`<foo\+@bar.example.com>`, CommonMark example 606) into pieces
// with no position; read as offset 0 they would put a label at the start of the file. The
// oracle places them from the source instead: between the neighbours that have positions.
import type { Root } from 'mdast';

interface Point {
  line: number;
  column: number;
  offset?: number;
}
interface Positioned {
  position?: { start: Point; end: Point };
  children?: Positioned[];
  type: string;
  value?: unknown;
}

const at = (offset: number): Point => ({ line: 0, column: 0, offset });
const startOf = (n: Positioned): number | undefined => n.position?.start.offset;
const endOf = (n: Positioned): number | undefined => n.position?.end.offset;

/**
 * A run of children without positions lies in the gap between the sibling before it (or the
 * parent's start) and the sibling after it (or the parent's end). A text found there as written
 * gets exactly its span; any other piece (its source holds an escape) covers the rest of the gap.
 */
function fill(parent: Positioned, source: string): void {
  const kids = parent.children;
  if (!kids) return;
  const parentStart = startOf(parent) ?? 0;
  const parentEnd = endOf(parent) ?? parentStart;
  let cursor = parentStart;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i];
    if (startOf(kid) === undefined || endOf(kid) === undefined) {
      let gapEnd = parentEnd;
      for (let j = i + 1; j < kids.length; j++) {
        const s = startOf(kids[j]);
        if (s !== undefined) {
          gapEnd = s;
          break;
        }
      }
      const found = kid.type === 'text' && typeof kid.value === 'string' && kid.value !== '' ? source.indexOf(kid.value, cursor) : -1;
      const exact = found >= 0 && found + (kid.value as string).length <= gapEnd;
      const from = exact ? found : cursor;
      const to = exact ? found + (kid.value as string).length : gapEnd;
      kid.position = { start: at(from), end: at(Math.max(from, to)) };
    }
    cursor = endOf(kid) ?? cursor;
    fill(kid, source);
  }
}

/** Gives every node of the tree a position (offsets into `source`, the text remark parsed). */
export function fillPositions(root: Root, source: string): void {
  fill(root as unknown as Positioned, source);
}
