// A document's text sent to the parse workers once: its UTF-16 code units in a
// SharedArrayBuffer that every task carries (a handle, never a copy), so the plan task and
// each chunk task no longer copy their text into a message (at 5 MB: the whole text once for
// the plan, then again chunk by chunk). The main thread writes it in pieces with a turn in
// between, so that writing 10 MB is never one stretch (docs/server.md, "The text sent once").
// UTF-16 and not UTF-8: a chunk's offsets are UTF-16 units, and every unit comes back as it
// was, a lone surrogate too (a decoder to UTF-8 and back would replace it).

/** UTF-16 units written per piece: 256 Ki units (512 KiB) take well under a millisecond. */
export const WRITE_PIECE = 256 * 1024;

/**
 * `text` in a new SharedArrayBuffer, written `piece` units at a time with `between()` awaited
 * after each piece but the last; undefined as soon as `between()` says the text is no longer wanted.
 */
export async function shareText(text: string, between: () => Promise<boolean>, piece = WRITE_PIECE): Promise<SharedArrayBuffer | undefined> {
  const shared = new SharedArrayBuffer(text.length * 2);
  const bytes = Buffer.from(shared);
  for (let at = 0; at < text.length; ) {
    // A piece may end between the two halves of a surrogate pair: 'utf16le' writes units as they are.
    const end = Math.min(text.length, at + piece);
    bytes.write(text.slice(at, end), at * 2, 'utf16le');
    at = end;
    if (at < text.length && !(await between())) return undefined;
  }
  return shared;
}

/** The units [start, end) of a shared text (a worker's read: a copy of that part only). */
export function readShared(shared: SharedArrayBuffer, start = 0, end = shared.byteLength / 2): string {
  return Buffer.from(shared, start * 2, (end - start) * 2).toString('utf16le');
}
