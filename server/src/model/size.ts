// The size guard: a file over the limit is not parsed at all (neither this file nor a
// referenced one), so that a huge file costs a byte count and nothing more.

/** The default of `argmap.maxFileSize` and `--max-file-size`, in UTF-8 bytes. */
export const DEFAULT_MAX_FILE_SIZE = 10_000_000;

/** UTF-8 byte length, stopping early once it is known to be over `limit`. */
export function utf8Length(text: string, limit = Infinity): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** True when `text` is over `max` UTF-8 bytes; the length in UTF-16 units settles most cases without counting. */
export function isTooLarge(text: string, max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  return utf8Length(text, max) > max;
}

/** Each chunk's UTF-8 length, kept beside its parse result (which a keystroke elsewhere keeps). */
const chunkBytes = new WeakMap<object, number>();

/**
 * `isTooLarge` for a text already cut into chunks (which cover it end to end, cut at line
 * starts): the sum of each chunk's length, counted once per chunk, so that a keystroke in a
 * 5 MB file counts its own chunk rather than the whole text.
 */
export function chunksTooLarge(text: string, chunks: readonly { text: string; result: object }[], max: number): boolean {
  if (text.length > max) return true;
  if (text.length * 3 <= max) return false;
  let n = 0;
  for (const c of chunks) {
    let b = chunkBytes.get(c.result);
    if (b === undefined) chunkBytes.set(c.result, (b = utf8Length(c.text)));
    n += b;
  }
  return n > max;
}
