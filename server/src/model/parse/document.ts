// A parsed document: its chunks, computed on first use — at once, in slices (a huge
// document, so a server can answer requests in between), or from the previous version
// and the edit that made this one (incremental.ts).
import { chunksFrom, type Chunk } from './chunk';
import { collectDefinitions, collectLabels, definesNothing, labelChange, resolveDefinitions, type DocumentLabels } from './definitions';
import { diffEdit, updateChunks, type TextEdit, type Update } from './incremental';
import { DEFAULT_MAX_BLOCK_SIZE } from './blockSize';
import type { Prepared } from './prepared';
import { RecentResults } from './recent';

export type { TextEdit };

/** A document parsed as independent chunks; computed on first use. */
export class ParsedDocument {
  private chunkList?: Chunk[];
  /** A full parse under way in slices (see `parseSome`). */
  private partial?: { chunks: Chunk[]; rest: Generator<Chunk, void> };
  private defs?: ReadonlyMap<string, string>;
  /** What the whole document defines, once the chunks exist: the next version's base compares with it. */
  private labels?: DocumentLabels;
  /** Chunks parsed elsewhere, for the first parse (prepared.ts). */
  private prepared?: Prepared;
  /** Results of chunks dropped by updates, shared along the versions (recent.ts). */
  private readonly recent: RecentResults;

  constructor(
    readonly text: string,
    private previous?: ParsedDocument,
    private edit?: TextEdit,
    /** `argmap.maxBlockSize`: larger blocks are not given to remark whole (blockSize.ts). */
    readonly maxBlockSize = DEFAULT_MAX_BLOCK_SIZE,
  ) {
    // A result depends on the chunk's text, place, stand-ins and the block limit, which a
    // base always shares (`parseDocument`), so versions may share what they dropped.
    this.recent = previous?.recent ?? new RecentResults();
  }

  /** The parsed document this one will be computed from, if any. */
  get base(): ParsedDocument | undefined {
    return this.previous;
  }

  /** True once the chunks exist. */
  get parsed(): boolean {
    return this.chunkList !== undefined;
  }

  /**
   * Hands in chunks parsed elsewhere (in worker threads): a first parse takes each chunk it
   * would parse from them when one matches. Ignored once parsing has begun, for an update,
   * or when they were parsed under another block limit.
   */
  usePrepared(prepared: Prepared): void {
    if (this.chunkList || this.partial || (this.previous?.chunkList && this.edit) || prepared.maxBlockSize !== this.maxBlockSize) return;
    this.prepared = prepared;
  }

  /**
   * Parses until `timeUp()` says to stop (checked after each chunk); true once every chunk
   * exists. Lets a server parse a huge document in slices and answer requests in between.
   */
  parseSome(timeUp: () => boolean): boolean {
    if (this.chunkList) return true;
    const base = this.previous?.chunkList;
    if (base && this.edit) {
      void this.chunks; // an update touches a few chunks: no need to slice it
      return true;
    }
    this.partial ??= { chunks: [], rest: chunksFrom(this.text, 0, 0, () => false, this.maxBlockSize, this.prepared) };
    for (;;) {
      const next = this.partial.rest.next();
      if (next.done) break;
      this.partial.chunks.push(next.value);
      if (timeUp()) return false;
    }
    this.chunkList = this.withDefinitions(this.partial.chunks);
    this.partial = undefined;
    this.prepared = undefined;
    this.previous = undefined;
    this.edit = undefined;
    return true;
  }

  get chunks(): readonly Chunk[] {
    if (!this.chunkList) {
      const base = this.previous?.chunkList;
      if (base && this.edit) {
        this.chunkList = this.updatedDefinitions(updateChunks(this.text, base, this.edit, this.maxBlockSize, this.recent), this.previous?.labels);
        this.previous = undefined;
        this.edit = undefined;
      } else {
        this.parseSome(() => false);
      }
    }
    return this.chunkList as readonly Chunk[];
  }

  /** Link reference definitions of the whole document: normalised label → url (first wins). */
  get definitions(): ReadonlyMap<string, string> {
    if (!this.defs) {
      const chunks = this.chunks;
      this.defs = collectDefinitions(chunks);
    }
    return this.defs;
  }

  /** The chunks with the definitions of the whole document given to those that need them. */
  private withDefinitions(chunks: Chunk[]): Chunk[] {
    const labels = collectLabels(chunks);
    this.labels = labels;
    this.defs = labels.defs;
    return resolveDefinitions(this.text, chunks, labels, this.maxBlockSize, this.recent);
  }

  /**
   * `withDefinitions` for an update: the kept and moved chunks already have the stand-ins the
   * base's labels gave them, so only the new chunks and those wanting a label the edit defined
   * or hid are looked at; and when neither the new chunks nor the ones they replaced define
   * anything, the base's labels are this version's (not collected again).
   */
  private updatedDefinitions(update: Update, before: DocumentLabels | undefined): Chunk[] {
    const { chunks, from, to } = update;
    if (!before) return this.withDefinitions(chunks);
    const unchanged = definesNothing(update.replaced) && definesNothing(chunks.slice(from, to));
    const labels = unchanged ? before : collectLabels(chunks);
    this.labels = labels;
    this.defs = labels.defs;
    return resolveDefinitions(this.text, chunks, labels, this.maxBlockSize, this.recent, { from, to, changed: labelChange(before, labels) });
  }
}

/**
 * Parses `text`; with `previous` (and optionally the edits that turned its text into
 * `text`, applied in order as LSP sends them) only the chunks the change touches are
 * parsed again.
 */
export function parseDocument(text: string, previous?: ParsedDocument, edits?: readonly TextEdit[], maxBlockSize = DEFAULT_MAX_BLOCK_SIZE): ParsedDocument {
  // A base parsed under another block limit would keep its old cuts.
  if (!previous || previous.text.length === 0 || text.length === 0 || previous.maxBlockSize !== maxBlockSize) return new ParsedDocument(text, undefined, undefined, maxBlockSize);
  // Only a parsed document is a base: a chain of unparsed versions would keep every text alive.
  const base = previous.parsed ? previous : previous.base;
  if (!base) return new ParsedDocument(text, undefined, undefined, maxBlockSize);
  const edit = base === previous && edits && edits.length === 1 ? edits[0] : diffEdit(base.text, text);
  return new ParsedDocument(text, base, edit, maxBlockSize);
}

