// The file's headings from the graph walk's records, with their sections, reusing the heading
// the last build made from the same block wherever every field comes out the same (as
// nodeAssembly.ts does for nodes): a keystroke elsewhere makes no new heading objects.
import type { Block } from './drafts';
import { shiftRange as shift } from './positions';
import { shifted } from './nodeAssembly';
import type { Heading, Position } from './types';

type HeadingBlock = Extract<Block, { type: 'heading' }>;

/** The last heading built from each block (weakly: it goes with the chunk); only a hint, every field is checked. */
const builtFrom = new WeakMap<HeadingBlock, Heading>();

/** What the walk found of one heading: its block, its chunk's first line, its slug and its node. */
export interface HeadingRecord {
  block: HeadingBlock;
  line: number;
  slug: string;
  node: number | undefined;
}

/** The headings in order; a section ends at the next heading of the same or a higher level, else at `end`. */
export function assembleHeadings(records: readonly HeadingRecord[], end: Position): Heading[] {
  // Each heading's section end: the line of the heading that closes it, or -1 for the file's end.
  const endLine = new Int32Array(records.length).fill(-1);
  const open: number[] = [];
  for (let k = 0; k < records.length; k++) {
    const depth = records[k].block.depth;
    while (open.length && records[open[open.length - 1]].block.depth >= depth) endLine[open.pop() as number] = startLine(records[k]);
    open.push(k);
  }
  return records.map((r, k) => {
    const prev = builtFrom.get(r.block);
    const closes = endLine[k];
    const sectionEnd = closes < 0 ? end : undefined;
    if (
      prev &&
      prev.slug === r.slug &&
      prev.node === r.node &&
      shifted(prev.range, r.block.range, r.line) &&
      (sectionEnd ? samePosition(prev.sectionRange.end, sectionEnd) : prev.sectionRange.end.line === closes && prev.sectionRange.end.character === 0)
    ) {
      return prev;
    }
    const range = shift(r.block.range, r.line);
    const heading: Heading = {
      depth: r.block.depth,
      text: r.block.text,
      slug: r.slug,
      range,
      sectionRange: { start: range.start, end: sectionEnd ?? { line: closes, character: 0 } },
      node: r.node,
    };
    builtFrom.set(r.block, heading);
    return heading;
  });
}

function startLine(r: HeadingRecord): number {
  return r.block.range.start.line + r.line;
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}
