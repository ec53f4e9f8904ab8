// Link reference definitions and footnote definitions are document-wide, but each chunk
// is parsed alone: a chunk that uses a label defined in another chunk is parsed again
// with a stand-in definition appended, so that remark sees the link or footnote call.
import { makeChunk, type Chunk } from './chunk';

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

/** The chunks of `text`, those whose references need definitions made in other chunks parsed again. */
export function resolveDefinitions(text: string, chunks: Chunk[], defs: ReadonlyMap<string, string>, maxBlock?: number): Chunk[] {
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
    return makeChunk(text, c.start, c.start + c.text.length, c.line, need, c.wanted, maxBlock);
  });
}
