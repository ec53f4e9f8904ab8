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
