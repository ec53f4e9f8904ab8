// Files that are not UTF-8 (a Latin-1 `café` reads as `caf�`): still checked, with
// the bytes that are not UTF-8 replaced, and one warning so the user knows why.
import fs from 'node:fs';

/**
 * True when the first `maxBytes` bytes of the file are not valid UTF-8. Only a file whose
 * decoded text holds U+FFFD can be one, so only such a file is read a second time.
 */
export function isNotUtf8(absolute: string, decoded: string, maxBytes: number): boolean {
  if (!decoded.includes('\uFFFD')) return false;
  const bytes = readHead(absolute, maxBytes);
  return bytes !== undefined && !isValidUtf8(bytes);
}

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

function readHead(absolute: string, maxBytes: number): Uint8Array | undefined {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    const buffer = Buffer.alloc(Math.min(fs.fstatSync(fd).size, maxBytes));
    let read = 0;
    while (read < buffer.length) {
      const n = fs.readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return buffer.subarray(0, read);
  } catch {
    return undefined; // it was readable a moment ago; the check already has its text
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
