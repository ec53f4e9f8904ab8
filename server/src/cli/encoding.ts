// Files that are not UTF-8 (a Latin-1 `café` reads as `caf�`): still checked, with
// the bytes that are not UTF-8 replaced, and one warning so the user knows why.

/**
 * `stream: true` lets a character cut by the size limit at the very end pass: a too-large
 * file is read only up to the limit, and that cut is ours, not the file's.
 */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

export function notUtf8Warning(display: string): string {
  return `warning: '${display}' is not valid UTF-8: read with the bytes that are not UTF-8 as \uFFFD (save it as UTF-8)`;
}
