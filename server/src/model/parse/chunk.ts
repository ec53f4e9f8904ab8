// Markdown → chunks: the document is cut into chunks that remark parses independently
// (cuts.ts says where), so that a keystroke re-parses only the chunks it touches and no
// parse ever sees the whole of a huge file. The words are in docs/architecture-model.md.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { Block, ChunkResult, NodeDraft } from '../drafts';
import { emptyChunkResult, extractChunk } from '../extract';
import { closerFor, FENCE_OPEN, fenceEnd, frontMatterEnd, nextBoundary, nextCut, openEnd } from './cuts';
import { countBreaks, lineEnd, startOfLineEndingAt } from './lines';
import { shiftRange } from '../positions';
import { openBlockScan, tooDeep } from './nesting';
import { DEFAULT_MAX_BLOCK_SIZE, byteCut, largeBlocks, withoutLargeBlocks, type LargeBlock } from './blockSize';
import type { Prepared } from './prepared';
import type { RecentResults } from './recent';

export interface Chunk {
  /** Offset of the chunk's first character in the document. */
  readonly start: number;
  /** The document line the chunk starts on (0-based). */
  readonly line: number;
  readonly text: string;
  /** Line endings inside the chunk. */
  readonly breaks: number;
  readonly result: ChunkResult;
  /** Reference labels the chunk uses that are defined elsewhere, before it was given their definitions. */
  readonly wanted: readonly string[];
  /** The definitions appended for parsing (a key of their labels). */
  readonly appended: string;
  /**
   * Set on the inside of a top-level fenced code block that runs past the cut where its
   * chunk ended: its lines up to and with the closing fence, never given to remark (code is
   * never a node). Only the walk from the chunk that opened the fence makes such a chunk.
   */
  readonly inCode?: true;
}

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const markdownWithFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/**
 * Parses one chunk. Reference-style links and footnote calls whose definitions stand in
 * other chunks are plain text to remark, so their labels are given as stand-in definitions
 * after the chunk's text: positions inside the chunk do not move.
 */
export function parseChunk(original: string, first: boolean, labels: readonly string[], maxBlock: number): ChunkResult {
  // Checked before remark sees the chunk: its time grows with the cube of list depth.
  const deep = tooDeep(original);
  if (deep) return unparsed(original, deep.offset, deep.depth);
  // And with the square of a block's size: a huge block keeps only its start.
  const large = largeBlocks(original, maxBlock);
  const text = withoutLargeBlocks(original, large);
  const defs = labels.map((l) => `[${l}]: #`).join('\n');
  let source = labels.length ? `${text}\n\n${defs}\n` : text;
  // Only a closed front matter: remark-frontmatter, trying an unclosed `---` to the end,
  // turns every list and block quote after it into paragraphs.
  const parser = first && frontMatterEnd(text) > 0 ? markdownWithFrontMatter : markdown;
  try {
    let tree = parser.parse(source) as Root;
    // A fence or raw HTML block left open at the document's end would take the stand-ins
    // in as its content: close it before them, and parse again.
    const last = tree.children[tree.children.length - 1];
    if (labels.length && last?.position && (last.position.start.offset ?? 0) < text.length && (last.position.end.offset ?? 0) > text.length) {
      const closer = closerFor(text, last.type, last.position.start.offset ?? 0);
      if (closer) {
        source = `${text}\n${closer}\n\n${defs}\n`;
        tree = parser.parse(source) as Root;
      }
    }
    const result = extractChunk(tree, source, text.length);
    if (large.length) markLarge(result, original, large, maxBlock);
    return result;
  } catch (e) {
    // remark recurses over inline nesting too (emphasis in emphasis, thousands deep), which
    // no cheap scan bounds: a chunk whose parse overflows the stack is left unparsed.
    if (e instanceof RangeError) return unparsed(text, 0);
    throw e;
  }
}

/**
 * Records the chunk's large blocks, and gives a node that starts one its text up to the
 * limit: the part remark did not see, as written (its inline content unchecked).
 */
function markLarge(result: ChunkResult, text: string, large: readonly LargeBlock[], max: number): void {
  const lineOf = (offset: number) => countBreaks(text.slice(0, offset));
  const byLine = new Map<number, LargeBlock>();
  result.largeBlocks = large.map((b) => {
    const line = lineOf(b.start);
    byLine.set(line, b);
    const endLine = line + countBreaks(text.slice(b.start, b.end));
    const range = { start: { line, character: 0 }, end: { line: endLine, character: b.end - startOfLineEndingAt(text, b.end) } };
    return { range, size: b.size, max };
  });
  // The part remark saw (the block's start) goes unchecked too: the whole block is "not analysed".
  const lines = result.largeBlocks.map((b) => [b.range.start.line, b.range.end.line]);
  const outside = (r: { start: { line: number } }) => !lines.some(([from, to]) => r.start.line >= from && r.start.line <= to);
  result.links = result.links.filter((l) => outside(l.range));
  result.footnoteCalls = result.footnoteCalls.filter((c) => outside(c.range));
  result.labelTypos = result.labelTypos.filter((t) => outside(t.range));
  const visit = (node: NodeDraft | undefined) => {
    const b = node && byLine.get(node.blockRange.start.line);
    if (!node || !b) return;
    const rest = text.slice(b.kept, byteCut(text, b.start, max)).replace(/\s+/g, ' ');
    node.text = `${node.text} ${rest}`.replace(/\s+/g, ' ').trim();
    node.figures = [];
    node.citations = [];
  };
  const walk = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading' || block.type === 'paragraph') visit(block.node);
      else if (block.type === 'list')
        for (const item of block.items) {
          visit(item.node);
          walk(item.blocks);
        }
    }
  };
  walk(result.blocks);
}

/** A chunk left unparsed: no blocks, and where it nests too deeply (the line at `offset`). */
function unparsed(text: string, offset: number, depth?: number): ChunkResult {
  const line = countBreaks(text.slice(0, offset));
  const range = { start: { line, character: 0 }, end: { line, character: lineEnd(text, offset) - offset } };
  const result: ChunkResult = { ...emptyChunkResult(), tooDeep: depth === undefined ? { range } : { range, depth } };
  // A fence or raw HTML block it leaves open still runs past the cut.
  const last = openBlockScan(text);
  if (last) result.last = last;
  return result;
}

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8 keeps a slice
 * as a view of its parent, and every string remark cuts from a chunk (node text, labels)
 * would keep that view's parent, the whole document of one version, alive: after many
 * keystrokes every version of a huge file. Concatenating forces a flat copy.
 */
function detached(s: string): string {
  return (s + ' ').slice(0, -1);
}

const FOOTNOTE_CALL = /\[\^([^[\]\s]+)\](:?)/g;

/**
 * `^label` for each footnote call the text may hold, once each, in order; and those of them
 * that the text does not seem to define itself (`[^label]:`), which get stand-ins at first.
 */
export function footnoteWants(text: string): { wanted: string[]; stand: string[] } {
  if (!text.includes('[^')) return { wanted: [], stand: [] };
  const all = new Set<string>();
  const defined = new Set<string>();
  FOOTNOTE_CALL.lastIndex = 0;
  for (let m = FOOTNOTE_CALL.exec(text); m; m = FOOTNOTE_CALL.exec(text)) {
    all.add(`^${m[1]}`);
    if (m[2]) defined.add(`^${m[1]}`);
  }
  const wanted = [...all];
  return { wanted, stand: wanted.filter((w) => !defined.has(w)) };
}

/**
 * Parses a chunk. Without `labels` (a first parse), every footnote call is taken to be
 * defined, as it usually is (definitions gather at the end, in other chunks): it gets a
 * stand-in definition, and `resolveDefinitions` (definitions.ts) parses again only when one is not.
 */
export function makeChunk(
  doc: string,
  start: number,
  end: number,
  line: number,
  labels?: readonly string[],
  wanted?: readonly string[],
  maxBlock = DEFAULT_MAX_BLOCK_SIZE,
  /** Chunks parsed elsewhere (worker threads): used instead of parsing when one matches. */
  prepared?: Prepared,
  /** Results of chunks an earlier update dropped (recent.ts): used when one has the same text. */
  recent?: RecentResults,
): Chunk {
  const text = detached(doc.slice(start, end));
  const notes = wanted ? undefined : footnoteWants(text);
  const appended = labels ?? notes?.stand ?? [];
  const key = appended.join('\u0000');
  const result = prepared?.take(start, end, key) ?? recent?.find(text, start === 0, key) ?? parseChunk(text, start === 0, appended, maxBlock);
  return {
    start,
    line,
    text,
    breaks: countBreaks(text),
    result,
    wanted: wanted ?? (notes?.wanted.length ? [...notes.wanted, ...result.wanted] : result.wanted),
    appended: key,
  };
}

/**
 * Where the chunk starting at `pos` ends before it is parsed: its boundary, or sooner when
 * it nests too deeply. (Parsing may move it later: a block a cut cannot end.)
 */
export function chunkEnd(text: string, pos: number, min: number): number {
  const cut = nextBoundary(text, pos, pos, min);
  const deep = tooDeep(text.slice(pos, cut));
  if (!deep) return cut;
  // A chunk that nests too deeply is not parsed: keep that to the one piece (between
  // two cuts) that holds the deep line, so that the rest of the chunk still is.
  let piece = pos;
  for (let next = nextCut(text, pos, min); next <= pos + deep.offset; next = nextCut(text, next)) piece = next;
  return piece > pos ? piece : nextCut(text, pos, min);
}

/**
 * Parses `text` from `pos` (a line start on line `line`) chunk by chunk, until `stop(cut)`
 * says the rest is already known (or the text ends). A generator, so a caller can parse
 * a huge document in slices and stay responsive in between.
 */
export function* chunksFrom(
  text: string,
  pos: number,
  line: number,
  stop: (cut: number) => boolean,
  maxBlock = DEFAULT_MAX_BLOCK_SIZE,
  prepared?: Prepared,
  recent?: RecentResults,
): Generator<Chunk, void> {
  const fmEnd = pos === 0 ? frontMatterEnd(text) : 0;
  while (pos < text.length) {
    // A planned chunk's end is `chunkEnd`'s answer, found once already (prepared.ts).
    const planned = prepared?.plannedEnd(pos);
    let cut = planned !== undefined && planned > pos && planned <= text.length ? planned : chunkEnd(text, pos, pos === 0 ? fmEnd : 0);
    let chunk = makeChunk(text, pos, cut, line, undefined, undefined, maxBlock, prepared, recent);
    let inside: Chunk | undefined;
    for (;;) {
      const last = chunk.result.last;
      const end = last ? openEnd(text, last.type, pos + last.start, pos + last.end, cut) : -1;
      if (end <= cut) break;
      // A fence left open: its inside, to the closing fence, is a chunk remark never sees, so
      // that opening a fence (the rest of the file turns to code) or typing in a long code
      // block parses no more than the chunk that opens it. The chunk after it starts on the
      // line after the closing fence, where CommonMark starts afresh.
      inside = last?.type === 'code' ? codeInside(text, chunk, pos + last.start, cut, line) : undefined;
      if (inside) break;
      // The last block runs past the cut (a raw HTML block): take it whole.
      cut = end >= text.length ? text.length : nextBoundary(text, pos, startOfLineEndingAt(text, end));
      chunk = makeChunk(text, pos, cut, line, undefined, undefined, maxBlock, prepared, recent);
    }
    yield chunk;
    line += chunk.breaks;
    pos = cut;
    if (inside) {
      // No stop at the cut before it: the text there is code, whatever an old chunk there was.
      yield inside;
      line += inside.breaks;
      pos += inside.text.length;
    }
    if (stop(pos)) return;
  }
}

/**
 * The inside of the fenced code block that starts at `blockStart` and that `head` (ending
 * at `cut`) leaves open: from `cut` to just after its closing fence, or to the text's end,
 * where it takes over the head's `unclosed` (only the file's last chunk reports it).
 */
function codeInside(text: string, head: Chunk, blockStart: number, cut: number, line: number): Chunk | undefined {
  const open = FENCE_OPEN.exec(text.slice(blockStart, lineEnd(text, blockStart)));
  if (!open) return undefined;
  const { end, closed } = fenceEnd(text, open[1], cut);
  const inner = detached(text.slice(cut, end));
  const result = emptyChunkResult();
  const unclosed = closed ? undefined : head.result.unclosed;
  // Its range is the opening line's, relative to this chunk: lines above it count negative.
  if (unclosed) result.unclosed = { ...unclosed, range: shiftRange(unclosed.range, -head.breaks) };
  return { start: cut, line: line + head.breaks, text: inner, breaks: countBreaks(inner), result, wanted: [], appended: '', inCode: true };
}

export function parseFrom(text: string, pos: number, line: number, stop: (cut: number) => boolean, maxBlock = DEFAULT_MAX_BLOCK_SIZE, recent?: RecentResults): Chunk[] {
  return [...chunksFrom(text, pos, line, stop, maxBlock, undefined, recent)];
}

