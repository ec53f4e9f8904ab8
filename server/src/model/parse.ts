// Markdown → chunks: the document is cut into top-level pieces that remark parses
// independently (see blocks.ts for where cuts are safe), so that a keystroke re-parses
// only the pieces it touches and no parse ever sees the whole of a huge file.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import { closerFor, frontMatterEnd, lineEnd, nextBoundary, nextCut, nextLineStart, openBlockScan, openEnd, tooDeep } from './blocks';
import { emptyChunkResult, extractChunk, type ChunkResult } from './extract';

/** An edit of the previous text: replace [start, end) (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

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
}

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const markdownWithFrontMatter = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

function countBreaks(text: string): number {
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

/**
 * Parses one chunk. Reference-style links and footnote calls whose definitions stand in
 * other chunks are plain text to remark, so their labels are given as stand-in definitions
 * after the chunk's text: positions inside the chunk do not move.
 */
function parseChunk(text: string, first: boolean, labels: readonly string[]): ChunkResult {
  // Checked before remark sees the chunk: its time grows with the cube of list depth.
  const deep = tooDeep(text);
  if (deep) return unparsed(text, deep.offset, deep.depth);
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
    return extractChunk(tree, source, text.length);
  } catch (e) {
    // remark recurses over inline nesting too (emphasis in emphasis, thousands deep), which
    // no cheap scan bounds: a chunk whose parse overflows the stack is left unparsed.
    if (e instanceof RangeError) return unparsed(text, 0);
    throw e;
  }
}

/** A chunk left unparsed: no blocks, and where it nests too deeply (the line at `offset`). */
function unparsed(text: string, offset: number, depth?: number): ChunkResult {
  const line = countBreaks(text.slice(0, offset));
  const range = { start: { line, character: 0 }, end: { line, character: lineEnd(text, offset) - offset } };
  return {
    ...emptyChunkResult(),
    // A fence or raw HTML block it leaves open still runs past the cut.
    last: openBlockScan(text),
    tooDeep: { range, depth },
  };
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
function footnoteWants(text: string): { wanted: string[]; stand: string[] } {
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
 * stand-in definition, and `resolveDefinitions` parses again only when one is not.
 */
function makeChunk(doc: string, start: number, end: number, line: number, labels?: readonly string[], wanted?: readonly string[]): Chunk {
  const text = detached(doc.slice(start, end));
  const notes = wanted ? undefined : footnoteWants(text);
  const appended = labels ?? notes?.stand ?? [];
  const result = parseChunk(text, start === 0, appended);
  return {
    start,
    line,
    text,
    breaks: countBreaks(text),
    result,
    wanted: wanted ?? (notes?.wanted.length ? [...notes.wanted, ...result.wanted] : result.wanted),
    appended: appended.join('\u0000'),
  };
}

/**
 * Parses `text` from `pos` (a line start on line `line`) chunk by chunk, until `stop(cut)`
 * says the rest is already known (or the text ends). A generator, so a caller can parse
 * a huge document in slices and stay responsive in between.
 */
function* chunksFrom(text: string, pos: number, line: number, stop: (cut: number) => boolean): Generator<Chunk, void> {
  const fmEnd = pos === 0 ? frontMatterEnd(text) : 0;
  while (pos < text.length) {
    const min = pos === 0 ? fmEnd : 0;
    let cut = nextBoundary(text, pos, pos, min);
    const deep = tooDeep(text.slice(pos, cut));
    if (deep) {
      // A chunk that nests too deeply is not parsed: keep that to the one piece (between
      // safe cuts) that holds the deep line, so that the rest of the group still is.
      let piece = pos;
      for (let next = nextCut(text, pos, min); next <= pos + deep.offset; next = nextCut(text, next)) piece = next;
      cut = piece > pos ? piece : nextCut(text, pos, min);
    }
    let chunk = makeChunk(text, pos, cut, line);
    for (;;) {
      const last = chunk.result.last;
      const end = last ? openEnd(text, last.type, pos + last.start, pos + last.end, cut) : -1;
      if (end <= cut) break;
      // The last block runs past the cut (an open fence or HTML block): take it whole.
      cut = end >= text.length ? text.length : nextBoundary(text, pos, lineStartBefore(text, end));
      chunk = makeChunk(text, pos, cut, line);
    }
    yield chunk;
    line += chunk.breaks;
    pos = cut;
    if (stop(pos)) return;
  }
}

function parseFrom(text: string, pos: number, line: number, stop: (cut: number) => boolean): Chunk[] {
  return [...chunksFrom(text, pos, line, stop)];
}

function lineStartBefore(text: string, end: number): number {
  let i = end - 1;
  if (i >= 0 && text.charCodeAt(i) === 10) i--;
  if (i >= 0 && text.charCodeAt(i) === 13) i--;
  while (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i--;
  return i + 1;
}

/** Normalises a link or footnote label the way CommonMark matches them (as mdast's `identifier`). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
}

/** A document parsed as independent chunks; computed on first use. */
export class ParsedDocument {
  private chunkList?: Chunk[];
  /** A full parse under way in slices (see `parseSome`). */
  private partial?: { chunks: Chunk[]; rest: Generator<Chunk, void> };
  private defs?: Map<string, string>;

  constructor(
    readonly text: string,
    private previous?: ParsedDocument,
    private edit?: TextEdit,
  ) {}

  /** The parsed document this one will be computed from, if any. */
  get base(): ParsedDocument | undefined {
    return this.previous;
  }

  /** True once the chunks exist. */
  get parsed(): boolean {
    return this.chunkList !== undefined;
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
    this.partial ??= { chunks: [], rest: chunksFrom(this.text, 0, 0, () => false) };
    for (;;) {
      const next = this.partial.rest.next();
      if (next.done) break;
      this.partial.chunks.push(next.value);
      if (timeUp()) return false;
    }
    this.chunkList = this.resolveDefinitions(this.partial.chunks);
    this.partial = undefined;
    this.previous = undefined;
    this.edit = undefined;
    return true;
  }

  get chunks(): readonly Chunk[] {
    if (!this.chunkList) {
      const base = this.previous?.chunkList;
      if (base && this.edit) {
        this.chunkList = this.resolveDefinitions(this.update(base, this.edit));
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
      this.defs = this.collectDefinitions(chunks);
    }
    return this.defs;
  }

  private collectDefinitions(chunks: readonly Chunk[]): Map<string, string> {
    const defs = new Map<string, string>();
    for (const c of chunks) for (const [id, url] of c.result.definitions) if (!defs.has(id)) defs.set(id, url);
    return defs;
  }

  /** Re-parses the chunks whose references need definitions made in other chunks. */
  private resolveDefinitions(chunks: Chunk[]): Chunk[] {
    const defs = this.collectDefinitions(chunks);
    this.defs = defs;
    // Footnotes too: a call whose definition stands in another chunk is text to remark
    // (a heading's text, `[^a][^a]`…), so it keeps a stand-in `[^label]: #`.
    const notes = new Set<string>();
    for (const c of chunks) for (const d of c.result.footnoteDefinitions) notes.add(normalizeLabel(d.raw));
    if (!defs.size && !notes.size && !chunks.some((c) => c.appended)) return chunks;
    return chunks.map((c) => {
      if (!c.wanted.length && !c.appended) return c;
      const local = new Set(c.result.definitions.map(([id]) => id));
      const localNotes = new Set(c.result.footnoteDefinitions.map((d) => normalizeLabel(d.raw)));
      const need = [...new Set(c.wanted)].filter((raw) => {
        if (raw.startsWith('^')) {
          const id = normalizeLabel(raw.slice(1));
          return notes.has(id) && !localNotes.has(id);
        }
        const id = normalizeLabel(raw);
        return defs.has(id) && !local.has(id);
      });
      const key = need.join('\u0000');
      if (key === c.appended) return c;
      return makeChunk(this.text, c.start, c.start + c.text.length, c.line, need, c.wanted);
    });
  }

  /** The chunks of the new text, re-using those of `old` that the edit cannot have changed. */
  private update(old: readonly Chunk[], edit: TextEdit): Chunk[] {
    const delta = edit.text.length - (edit.end - edit.start);
    // The chunk holding the edit's start; and the one before it when the edit touches the
    // chunk's first line, since the cut there may go.
    let i = findChunk(old, edit.start);
    if (i > 0 && edit.start <= lineEnd(old[i].text, 0) + old[i].start) i--;
    const from = old[i].start;
    const editEndNew = edit.end + delta;
    // Old chunks wholly after the edit keep their text; find where parsing can rejoin them.
    let k = findChunk(old, edit.end) + 1;
    const stop = (cut: number): boolean => {
      if (cut <= editEndNew) return false;
      while (k < old.length && old[k].start + delta < cut) k++;
      return k < old.length && old[k].start + delta === cut;
    };
    const fresh = parseFrom(this.text, from, old[i].line, stop);
    const last = fresh[fresh.length - 1];
    const rejoinAt = last ? last.start + last.text.length : from;
    const lineDelta = last ? last.line + last.breaks - (k < old.length ? old[k].line : 0) : 0;
    const rest: Chunk[] = [];
    if (rejoinAt < this.text.length) {
      for (let j = k; j < old.length; j++) {
        const c = old[j];
        rest.push(delta === 0 && lineDelta === 0 ? c : { ...c, start: c.start + delta, line: c.line + lineDelta });
      }
    }
    return [...old.slice(0, i), ...fresh, ...rest];
  }
}

/** Index of the chunk containing `offset` (the last chunk for the end of the text). */
function findChunk(chunks: readonly Chunk[], offset: number): number {
  let lo = 0;
  let hi = chunks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (chunks[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The edit that turns `a` into `b`: their common prefix and suffix left out. */
export function diffEdit(a: string, b: string): TextEdit {
  const max = Math.min(a.length, b.length);
  let p = 0;
  while (p < max && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, end: a.length - s, text: b.slice(p, b.length - s) };
}

/**
 * Parses `text`; with `previous` (and optionally the edits that turned its text into
 * `text`, applied in order as LSP sends them) only the chunks the change touches are
 * parsed again.
 */
export function parseDocument(text: string, previous?: ParsedDocument, edits?: readonly TextEdit[]): ParsedDocument {
  if (!previous || previous.text.length === 0 || text.length === 0) return new ParsedDocument(text);
  // Only a parsed document is a base: a chain of unparsed versions would keep every text alive.
  const base = previous.parsed ? previous : previous.base;
  if (!base) return new ParsedDocument(text);
  const edit = base === previous && edits && edits.length === 1 ? edits[0] : diffEdit(base.text, text);
  return new ParsedDocument(text, base, edit);
}

export { nextLineStart };
