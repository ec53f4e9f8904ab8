// Paths of the workspace: uris → file-system paths, workspace-relative posix paths, and
// the one test of "inside the workspace" that every read goes through.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a document lives: the workspace folder holding it and its path inside it. */
export interface Location {
  /** Absolute file-system path of the workspace folder. */
  root: string;
  /** Workspace-relative posix path. */
  path: string;
}

/** The absolute file-system path of a `file:` uri, or undefined for other schemes and bad uris. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.toLowerCase().startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** Whether `target` is `root` or below it (both absolute, both real or both as written). */
export function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** The path the model knows a file by: relative to the workspace folder, posix. */
export function workspacePath(root: string, absolute: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** The absolute path of a workspace-relative path, or undefined when it is empty or escapes the folder. */
export function resolveInside(root: string, relative: string): string | undefined {
  if (relative === '' || relative.includes('\0') || path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative)) {
    return undefined;
  }
  const absolute = path.resolve(root, ...relative.split('/'));
  return isInside(root, absolute) && absolute !== root ? absolute : undefined;
}
