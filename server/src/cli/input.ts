// Reading a file the user named to check, in the words of the one reader (workspace/read.ts).
import fs from 'node:fs';
import { dropBom, notAFile, reasonFor, type ReadResult } from '../workspace/read';
import { isValidUtf8 } from './encoding';

/**
 * Reads a file to check. A file over `maxFileSize` bytes is read only far enough for
 * the model to see that it is too large (and say so), so no file can exhaust memory.
 * Unlike a referenced file, it is decoded leniently: the user asked for this one; then
 * `notUtf8` is called when its first `maxFileSize` bytes are not valid UTF-8.
 */
export function readInput(absolute: string, maxFileSize: number, notUtf8?: () => void): ReadResult {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: notAFile(stat)! };
    // +4: a multi-byte character cut at the end still decodes to more than the limit.
    const length = Math.min(stat.size, maxFileSize + 4);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buffer, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    const text = buffer.subarray(0, read).toString('utf8');
    // Only a text holding U+FFFD can come from bytes that are not UTF-8: validate just those.
    if (notUtf8 && text.includes('\uFFFD') && !isValidUtf8(buffer.subarray(0, Math.min(read, maxFileSize)))) notUtf8();
    return dropBom(text);
  } catch (err) {
    return { error: reasonFor(err) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}
