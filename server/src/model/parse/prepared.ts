// Chunks parsed elsewhere, for a caller that parses a document's chunks in parallel (the
// server's and the CLI's worker threads, server/src/pool/). The model stays serial and
// pure: `planChunks` says where the chunks of a first parse will most likely be, anyone
// may parse them with `prepareChunk`, and a `Prepared` handed to the document
// (`ParsedDocument.usePrepared`) is used in place of parsing wherever a chunk matches.
// The serial walk takes a planned chunk's end from the plan (it is `chunkEnd`'s own answer
// for the same text, so the chunks are the serial parse's) and still decides what only a
// parse tells: a planned chunk the walk does not make (a fence left open moves a boundary)
// is simply parsed there. So the spans added here must be `planChunks`' spans of that text.
import type { ChunkResult } from '../drafts';
import { chunkEnd, footnoteWants, parseChunk } from './chunk';
import { frontMatterEnd } from './cuts';
import { DEFAULT_MAX_BLOCK_SIZE } from './blockSize';

/** A chunk's place in the document: [start, end) in UTF-16 units. */
export interface ChunkSpan {
  start: number;
  end: number;
}

/** One chunk parsed for a first parse: its span, the stand-in labels it was given, and the result. */
export interface PreparedChunk extends ChunkSpan {
  /** The stand-in labels appended for the parse, joined by U+0000 (as `Chunk.appended`). */
  appended: string;
  result: ChunkResult;
}

/**
 * The spans a first parse of `text` cuts, as far as the text alone tells: the walk of
 * `chunksFrom` without its one step that needs a parse (a fence or raw HTML block left open
 * at a cut takes the chunk further). Linear in the text.
 */
export function planChunks(text: string): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  const fmEnd = frontMatterEnd(text);
  for (let pos = 0; pos < text.length; ) {
    const end = chunkEnd(text, pos, pos === 0 ? fmEnd : 0);
    spans.push({ start: pos, end });
    pos = end;
  }
  return spans;
}

/**
 * Parses one chunk of a first parse as `makeChunk` would: `text` is the chunk's own text,
 * `start` its offset in the document. Pure, and its result survives a structured clone
 * (plain objects, arrays and strings), so a worker thread can return it.
 */
export function prepareChunk(text: string, start: number, maxBlock = DEFAULT_MAX_BLOCK_SIZE): PreparedChunk {
  const appended = footnoteWants(text).stand;
  return { start, end: start + text.length, appended: appended.join('\u0000'), result: parseChunk(text, start === 0, appended, maxBlock) };
}

/** Prepared chunks by start (a plan has one span per start); each is taken once (the document keeps the result, not this table). */
export class Prepared {
  private readonly byStart = new Map<number, PreparedChunk>();
  /** How many chunks were taken from the table, and how many the walk had to parse itself. */
  hits = 0;
  misses = 0;

  constructor(
    chunks: Iterable<PreparedChunk> = [],
    /** The block limit they were parsed under: under another, none matches. */
    readonly maxBlockSize = DEFAULT_MAX_BLOCK_SIZE,
  ) {
    for (const c of chunks) this.add(c);
  }

  add(chunk: PreparedChunk): void {
    this.byStart.set(chunk.start, chunk);
  }

  /**
   * Where the planned chunk starting at `start` ends (`chunkEnd`'s answer there, worked out
   * when it was planned), so that the walk need not scan the text for it again.
   */
  plannedEnd(start: number): number | undefined {
    return this.byStart.get(start)?.end;
  }

  /** The result for the chunk [start, end) parsed with the stand-ins `appended`, if prepared. */
  take(start: number, end: number, appended: string): ChunkResult | undefined {
    const found = this.byStart.get(start);
    if (found && found.end === end && found.appended === appended) {
      this.byStart.delete(start);
      this.hits++;
      return found.result;
    }
    this.misses++;
    return undefined;
  }
}
