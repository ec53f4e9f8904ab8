// The working directory as the workspace: reading the files to check, and the other
// files their references name (inside the workspace only, text only).
import fs from 'node:fs';
import path from 'node:path';
import type { FileReader } from '../model';
import { describeError } from './paths';

/** The path the model knows a file by: relative to the workspace, posix. */
export function workspacePath(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

/**
 * Reads a file to check. A file over `maxFileSize` bytes is read only far enough for
 * the model to see that it is too large (and say so), so no file can exhaust memory.
 */
export function readInput(absolute: string, maxFileSize: number): string | { error: string } {
  let fd: number | undefined;
  try {
    fd = fs.openSync(absolute, 'r');
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: describeError('EISDIR') };
    // +4: a multi-byte character cut at the end still decodes to more than the limit.
    const length = Math.min(stat.size, maxFileSize + 4);
    const buffer = Buffer.alloc(length);
    let read = 0;
    while (read < length) {
      const n = fs.readSync(fd, buffer, read, length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(buffer.subarray(0, read));
  } catch (e) {
    return { error: describeError((e as NodeJS.ErrnoException).code) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The reader the model resolves cross-file references with: a workspace path, checked
 * to stay inside the workspace (links included), read once per run.
 */
export function workspaceReader(cwd: string, maxFileSize: number): FileReader {
  const cache = new Map<string, string | { error: string }>();
  const root = realpathOrSelf(cwd);
  return (wsPath) => {
    let result = cache.get(wsPath);
    if (result === undefined) {
      result = readReferenced(root, wsPath, maxFileSize);
      cache.set(wsPath, result);
    }
    return result;
  };
}

function readReferenced(root: string, wsPath: string, maxFileSize: number): string | { error: string } {
  const outside = { error: 'outside the workspace' };
  if (path.isAbsolute(wsPath) || wsPath.split(/[\\/]/).includes('..')) return outside;
  let absolute: string;
  let stat: fs.Stats;
  try {
    absolute = fs.realpathSync(path.resolve(root, wsPath));
    stat = fs.statSync(absolute);
  } catch (e) {
    return { error: describeError((e as NodeJS.ErrnoException).code) };
  }
  if (absolute !== root && !absolute.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) return outside;
  if (stat.isDirectory()) return { error: describeError('EISDIR') };
  if (!stat.isFile()) return { error: 'not a regular file' };
  if (stat.size > maxFileSize) return { error: `larger than ${maxFileSize} bytes` };
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(absolute);
  } catch (e) {
    return { error: describeError((e as NodeJS.ErrnoException).code) };
  }
  // A NUL byte never occurs in text; a file with one is an image, an archive…
  if (bytes.includes(0)) return { error: 'not a text file' };
  return decode(bytes);
}

/** UTF-8, without the byte order mark an editor would not show either (positions match the editor's). */
function decode(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}
