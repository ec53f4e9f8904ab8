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

/** What the whole document defines: what decides which stand-ins each chunk is given. */
export interface DocumentLabels {
  /** Link reference definitions: normalised label → url (first wins). */
  readonly defs: ReadonlyMap<string, string>;
  /** Footnote labels defined, normalised. */
  readonly notes: ReadonlySet<string>;
}

export function collectLabels(chunks: readonly Chunk[]): DocumentLabels {
  const notes = new Set<string>();
  for (const c of chunks) if (c.result.footnoteDefinitions.length) for (const id of own(c).notes) notes.add(id);
  return { defs: collectDefinitions(chunks), notes };
}

/** Whether none of `chunks` defines a link reference or a footnote. */
export function definesNothing(chunks: readonly Chunk[]): boolean {
  return chunks.every((c) => !c.result.definitions.length && !c.result.footnoteDefinitions.length);
}

/** The labels one document defines and the other does not (either way): what may change a chunk's stand-ins. */
export interface LabelChange {
  readonly refs: ReadonlySet<string>;
  readonly notes: ReadonlySet<string>;
}

export function labelChange(a: DocumentLabels, b: DocumentLabels): LabelChange {
  const refs = new Set<string>();
  const notes = new Set<string>();
  if (a !== b) {
    for (const id of a.defs.keys()) if (!b.defs.has(id)) refs.add(id);
    for (const id of b.defs.keys()) if (!a.defs.has(id)) refs.add(id);
    for (const id of a.notes) if (!b.notes.has(id)) notes.add(id);
    for (const id of b.notes) if (!a.notes.has(id)) notes.add(id);
  }
  return { refs, notes };
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

/** Chunks the last `resolveDefinitions` that made this list looked at, by the list (for tests). */
const checkedCounts = new WeakMap<readonly Chunk[], number>();

/** How many chunks the definitions pass worked out the stand-ins of to make `chunks` (a document's `chunks`), for tests. */
export function definitionsChecked(chunks: readonly Chunk[]): number | undefined {
  return checkedCounts.get(chunks);
}

/** Which chunks of an update may need other stand-ins than they have: the new ones, and the others that want a changed label. */
export interface Touched {
  readonly from: number;
  readonly to: number;
  readonly changed: LabelChange;
}

/**
 * The chunks of `text`, those whose references need definitions made in other chunks parsed
 * again. With `touched`, every other chunk has the stand-ins its base's labels gave it, and
 * those only change for a label in `touched.changed` (a chunk's stand-ins are the labels it
 * wants that the document defines and it does not): only the new chunks and the chunks
 * wanting a changed label are looked at. Changes `chunks` in place (the caller's own list)
 * and returns it.
 */
export function resolveDefinitions(
  text: string,
  chunks: Chunk[],
  labels: DocumentLabels,
  maxBlock?: number,
  recent?: RecentResults,
  touched?: Touched,
): Chunk[] {
  // Footnotes too: a call whose definition stands in another chunk is text to remark
  // (a heading's text, `[^a][^a]`…), so it keeps a stand-in `[^label]: #`.
  const { defs, notes } = labels;
  const from = touched?.from ?? 0;
  const to = touched?.to ?? chunks.length;
  // No labels defined: only a chunk given stand-ins before needs parsing again (without them).
  const any = defs.size > 0 || notes.size > 0;
  let checked = 0;
  const check = (i: number): void => {
    checked++;
    chunks[i] = resolved(text, chunks[i], defs, notes, maxBlock, recent);
  };
  for (let i = from; i < to; i++) if (any || chunks[i].appended) check(i);
  const changed = touched?.changed;
  if (changed && (changed.refs.size || changed.notes.size)) {
    // Their old results are kept: the label coming back brings back the very same chunk.
    const dropped: Chunk[] = [];
    for (let i = 0; i < chunks.length; i++) {
      if (i === from) i = to;
      if (i >= chunks.length || !chunks[i].wanted.length || !wantsAny(chunks[i], changed)) continue;
      const before = chunks[i];
      check(i);
      if (chunks[i] !== before) dropped.push(before);
    }
    if (dropped.length) recent?.keepAll(dropped);
  }
  checkedCounts.set(chunks, checked);
  return chunks;
}

function wantsAny(c: Chunk, changed: LabelChange): boolean {
  for (const w of wantedOf(c)) if ((w.note ? changed.notes : changed.refs).has(w.id)) return true;
  return false;
}

/** `c`, or `c` parsed again with the stand-ins the document's labels give it. */
function resolved(text: string, c: Chunk, defs: ReadonlyMap<string, string>, notes: ReadonlySet<string>, maxBlock?: number, recent?: RecentResults): Chunk {
  if (!c.wanted.length && !c.appended) return c;
  const { local, localNotes } = own(c);
  const need: string[] = [];
  for (const w of wantedOf(c)) {
    if (w.note ? notes.has(w.id) && !localNotes.has(w.id) : defs.has(w.id) && !local.has(w.id)) need.push(w.raw);
  }
  const key = need.join('\u0000');
  if (key === c.appended) return c;
  return makeChunk(text, c.start, c.start + c.text.length, c.line, need, c.wanted, maxBlock, undefined, recent);
}
