// Link reference definitions and footnote definitions are document-wide, but each chunk
// is parsed alone: a chunk that uses a label defined in another chunk is parsed again
// with a stand-in definition appended, so that remark sees the link or footnote call.
import { makeChunk, type Chunk } from './chunk';
import type { RecentResults } from './recent';

/** Normalises a link or footnote label the way CommonMark matches them (as mdast's `identifier`). */
export function normalizeLabel(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').trim().toLowerCase().toUpperCase().toLowerCase();
}

/** Link reference definitions of the whole document: normalised label → url (first wins). */
export function collectDefinitions(chunks: readonly Chunk[]): Map<string, string> {
  const defs = new Map<string, string>();
  for (const c of chunks) for (const [id, url] of c.result.definitions) if (!defs.has(id)) defs.set(id, url);
  return defs;
}

/** A chunk's own definitions, normalised once per parse result (a keystroke elsewhere keeps the result). */
interface OwnLabels {
  /** Footnote labels it defines. */
  notes: string[];
  local: Set<string>;
  localNotes: Set<string>;
}

const ownLabels = new WeakMap<object, OwnLabels>();

function own(c: Chunk): OwnLabels {
  let o = ownLabels.get(c.result);
  if (!o) {
    const notes = c.result.footnoteDefinitions.map((d) => normalizeLabel(d.raw));
    o = { notes, local: new Set(c.result.definitions.map(([id]) => id)), localNotes: new Set(notes) };
    ownLabels.set(c.result, o);
  }
  return o;
}

/** A chunk's wanted labels, once each, normalised (`note`: a footnote's); kept beside the list, which a moved chunk keeps. */
const wantedLabels = new WeakMap<readonly string[], { raw: string; id: string; note: boolean }[]>();

function wantedOf(c: Chunk): { raw: string; id: string; note: boolean }[] {
  let w = wantedLabels.get(c.wanted);
  if (!w) {
    w = [...new Set(c.wanted)].map((raw) => (raw.startsWith('^') ? { raw, id: normalizeLabel(raw.slice(1)), note: true } : { raw, id: normalizeLabel(raw), note: false }));
    wantedLabels.set(c.wanted, w);
  }
  return w;
}

/** The chunks of `text`, those whose references need definitions made in other chunks parsed again. */
export function resolveDefinitions(text: string, chunks: Chunk[], defs: ReadonlyMap<string, string>, maxBlock?: number, recent?: RecentResults): Chunk[] {
  // Footnotes too: a call whose definition stands in another chunk is text to remark
  // (a heading's text, `[^a][^a]`…), so it keeps a stand-in `[^label]: #`.
  const notes = new Set<string>();
  for (const c of chunks) if (c.result.footnoteDefinitions.length) for (const id of own(c).notes) notes.add(id);
  if (!defs.size && !notes.size && !chunks.some((c) => c.appended)) return chunks;
  return chunks.map((c) => {
    if (!c.wanted.length && !c.appended) return c;
    const { local, localNotes } = own(c);
    const need: string[] = [];
    for (const w of wantedOf(c)) {
      if (w.note ? notes.has(w.id) && !localNotes.has(w.id) : defs.has(w.id) && !local.has(w.id)) need.push(w.raw);
    }
    const key = need.join('\u0000');
    if (key === c.appended) return c;
    return makeChunk(text, c.start, c.start + c.text.length, c.line, need, c.wanted, maxBlock, undefined, recent);
  });
}
