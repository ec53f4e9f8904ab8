// Reading a referenced file: the one set of rules and words for the server (asynchronous)
// and the CLI (synchronous). A reason completes "Cannot resolve `file`: …" in a diagnostic
// and "cannot read 'file': …" in the CLI, so every reason starts with "it".
import fs from 'node:fs';
import { isInside, resolveInside } from './paths';

/** A file's text, or why it cannot be had. */
export type ReadResult = string | { error: string };

export const OUTSIDE: { error: string } = { error: 'it is outside the workspace' };

/** Why a file-system call failed, from Node's error code. */
export function reasonFor(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'it does not exist';
    case 'ELOOP':
      return 'it is a symbolic link loop';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'it cannot be read (permission denied)';
    default:
      return code ? `it cannot be read (${code})` : 'it cannot be read';
  }
}

/** Why a path that exists is not a file to read, or undefined when it is one. */
export function notAFile(stat: fs.Stats): string | undefined {
  if (stat.isDirectory()) return 'it is a directory';
  if (!stat.isFile()) return 'it is not a regular file';
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text of a referenced file's bytes, or why it is not text. A NUL byte never occurs in
 * text (an image, an archive…). The byte order mark goes: an editor does not show it
 * either, and positions must match the editor's.
 */
function decodeText(bytes: Uint8Array): ReadResult {
  if (bytes.includes(0)) return { error: 'it is a binary file' };
  try {
    return dropBom(utf8.decode(bytes));
  } catch {
    return { error: 'it is not UTF-8 text' };
  }
}

export function dropBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** The checks once the path is real (links followed): inside the workspace, a regular file, not too large. */
function refusal(realRoot: string, real: string, stat: fs.Stats, maxFileSize: number): string | undefined {
  // A symbolic link pointing out of the workspace is refused like a `../` path.
  if (!isInside(realRoot, real)) return OUTSIDE.error;
  const why = notAFile(stat);
  if (why) return why;
  if (stat.size > maxFileSize) return 'it is larger than argmap.maxFileSize';
  return undefined;
}

/** Reads `absolute` for the server, without blocking; `realRoot` is the workspace folder with links followed. */
export async function readReferenced(realRoot: string, absolute: string, maxFileSize: number): Promise<ReadResult> {
  try {
    const real = await fs.promises.realpath(absolute);
    const why = refusal(realRoot, real, await fs.promises.stat(real), maxFileSize);
    return why ? { error: why } : decodeText(await fs.promises.readFile(real));
  } catch (err) {
    return { error: reasonFor(err) };
  }
}

/** `readReferenced`, synchronously, for the CLI. */
function readReferencedSync(realRoot: string, absolute: string, maxFileSize: number): ReadResult {
  try {
    const real = fs.realpathSync(absolute);
    const why = refusal(realRoot, real, fs.statSync(real), maxFileSize);
    return why ? { error: why } : decodeText(fs.readFileSync(real));
  } catch (err) {
    return { error: reasonFor(err) };
  }
}

function realpathOrSelf(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    return p;
  }
}

/**
 * The model's reader for the CLI: a workspace-relative path, resolved inside `root`
 * (links included), read once per run.
 */
export function workspaceReader(root: string, maxFileSize: number): (relative: string) => ReadResult {
  const cache = new Map<string, ReadResult>();
  const realRoot = realpathOrSelf(root);
  return (relative) => {
    let result = cache.get(relative);
    if (result === undefined) {
      const absolute = resolveInside(root, relative);
      result = absolute === undefined ? OUTSIDE : readReferencedSync(realRoot, absolute, maxFileSize);
      cache.set(relative, result);
    }
    return result;
  };
}
