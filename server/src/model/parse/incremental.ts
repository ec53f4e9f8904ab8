// An edit re-parses only the chunks it can have changed: from the chunk it starts in (or
// the one before, when it touches a chunk's first line, since the cut there may go) until
// a new boundary lands where an old one stood after the edit; the old chunks from there on
// are kept, moved by the edit's length and lines.
import { parseFrom, type Chunk } from './chunk';
import { lineEnd } from './lines';

/** An edit of the previous text: replace [start, end) (UTF-16 offsets) with `text`. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** The chunks of `text` (the old text with `edit` applied), re-using those of `old` that the edit cannot have changed. */
export function updateChunks(text: string, old: readonly Chunk[], edit: TextEdit, maxBlock?: number): Chunk[] {
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
  const fresh = parseFrom(text, from, old[i].line, stop, maxBlock);
  const last = fresh[fresh.length - 1];
  const rejoinAt = last ? last.start + last.text.length : from;
  const lineDelta = last ? last.line + last.breaks - (k < old.length ? old[k].line : 0) : 0;
  const rest: Chunk[] = [];
  if (rejoinAt < text.length) {
    for (let j = k; j < old.length; j++) {
      const c = old[j];
      rest.push(delta === 0 && lineDelta === 0 ? c : { ...c, start: c.start + delta, line: c.line + lineDelta });
    }
  }
  return [...old.slice(0, i), ...fresh, ...rest];
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

