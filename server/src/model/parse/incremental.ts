// An edit re-parses only the chunks it can have changed: from the chunk it starts in (or
// the one before, when it touches a chunk's first line and the cut there goes) until a new
// boundary lands where an old one stood after the edit; the old chunks from there on are
// kept, moved by the edit's length and lines. So an edit beside a big block (a piece of
// its own chunk, cuts.ts) re-parses it only when the edit really joins the two. The inside
// of a fence (`Chunk.inCode`) is re-made, never parsed, from the chunk that opens it.
import { parseFrom, type Chunk } from './chunk';
import { frontMatterEnd, isCut } from './cuts';
import { lineEnd } from './lines';
import type { RecentResults } from './recent';

/** An edit of the previous text: replace [start, end) (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** An update's chunks, and which of them are new: `[from, to)` (the others are old ones, kept or moved). */
export interface Update {
  chunks: Chunk[];
  from: number;
  to: number;
  /** The old chunks the new ones replaced (`old[from ..]`, as many as `replaced`). */
  replaced: readonly Chunk[];
}

/** The chunks of `text` (the old text with `edit` applied), re-using those of `old` that the edit cannot have changed. */
export function updateChunks(text: string, old: readonly Chunk[], edit: TextEdit, maxBlock?: number, recent?: RecentResults): Update {
  const delta = edit.text.length - (edit.end - edit.start);
  // The chunk holding the edit's start; and the one before it when the edit touches the
  // chunk's first line and the cut there goes (the text before it is unchanged, so whether
  // it still is a cut is a question about the new text alone).
  let i = findChunk(old, edit.start);
  if (i > 0 && edit.start <= lineEnd(old[i].text, 0) + old[i].start && !isCut(text, old[i].start)) i--;
  // The inside of a fence is only known from the chunk that opens it.
  while (i > 0 && old[i].inCode) i--;
  // Front matter closed or opened by the edit changes the first chunk, however far away.
  if (i > 0 && frontMatterChanged(text, old[0])) i = 0;
  const from = old[i].start;
  const editEndNew = edit.end + delta;
  // Old chunks wholly after the edit keep their text; find where parsing can rejoin them.
  let k = findChunk(old, edit.end) + 1;
  const stop = (cut: number): boolean => {
    if (cut <= editEndNew) return false;
    while (k < old.length && old[k].start + delta < cut) k++;
    // Never at the inside of a fence: the old text there was code, the new one is not.
    return k < old.length && old[k].start + delta === cut && !old[k].inCode;
  };
  const fresh = parseFrom(text, from, old[i].line, stop, maxBlock, recent);
  const last = fresh[fresh.length - 1];
  const rejoinAt = last ? last.start + last.text.length : from;
  const lineDelta = last ? last.line + last.breaks - (k < old.length ? old[k].line : 0) : 0;
  const rest: Chunk[] = [];
  // What the new chunks replaced, for an edit that may bring it back (closing a fence just opened).
  const replaced = old.slice(i, rejoinAt < text.length ? k : old.length);
  recent?.keep(replaced);
  if (rejoinAt < text.length) {
    for (let j = k; j < old.length; j++) {
      const c = old[j];
      rest.push(delta === 0 && lineDelta === 0 ? c : { ...c, start: c.start + delta, line: c.line + lineDelta });
    }
  }
  return { chunks: [...old.slice(0, i), ...fresh, ...rest], from: i, to: i + fresh.length, replaced };
}

/** Whether the text's front matter (closed `---` lines at the start) differs from what the first chunk held. */
function frontMatterChanged(text: string, first: Chunk): boolean {
  // Only a text that opens with `---` can have front matter: other texts are not scanned.
  if (!/^\uFEFF?---/.test(text) && !/^\uFEFF?---/.test(first.text)) return false;
  return frontMatterEnd(text) !== frontMatterEnd(first.text);
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

