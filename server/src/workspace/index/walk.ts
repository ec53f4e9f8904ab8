// The argument files of one workspace folder on disk: every Markdown file that
// `argmap.files` selects (or named `*.arg.md`), skipping `node_modules` and dot-folders
// as the CLI does, never following a link to a folder (no loops). Asynchronous and
// yielding between folders, so that a large tree never blocks the server.
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { globsFor, hasArgumentSuffix, isMarkdownName } from '../../shared/membership';

/** Whether a folder-relative posix path is an argument file under `argmap.files`. */
export function argumentMatcher(files: readonly string[]): (relative: string) => boolean {
  let globs: ((p: string) => boolean)[];
  try {
    globs = globsFor(files, 'folder').map((glob) => picomatch(glob, { dot: true }));
  } catch {
    globs = []; // a glob picomatch refuses selects nothing; the documents' matcher logs it
  }
  return (relative) => isMarkdownName(relative) && (hasArgumentSuffix(relative) || globs.some((m) => m(relative)));
}

/** Whether a folder-relative posix path lies in a folder the walk skips (`node_modules`, dot-folders). */
export function inSkippedFolder(relative: string): boolean {
  return relative.split('/').some((name) => name === 'node_modules' || name.startsWith('.'));
}

/**
 * Absolute paths of the argument files below `root` (or below its folder `under`, a posix
 * path relative to it); `stopped()` ends the walk early.
 */
export async function listArgumentFiles(root: string, isArgument: (relative: string) => boolean, stopped: () => boolean, under = ''): Promise<string[]> {
  const found: string[] = [];
  if (under && inSkippedFolder(under)) return found;
  const pending = [under];
  while (pending.length && !stopped()) {
    const dir = pending.pop()!;
    let entries: Dirent[];
    try {
      entries = await fs.readdir(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing the index can read either
    }
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) pending.push(rel);
      } else if ((entry.isFile() || entry.isSymbolicLink()) && isArgument(rel)) {
        // A link is kept here and judged by the reader (a link out of the folder is refused there).
        found.push(path.join(root, ...rel.split('/')));
      }
    }
  }
  return found.sort();
}

/**
 * The argument files of every folder; a file of a nested folder belongs to the innermost
 * one (`rootOf`), as documents see it.
 */
export async function listFolders(roots: readonly string[], isArgument: (relative: string) => boolean, rootOf: (fsPath: string) => string | undefined, stopped: () => boolean): Promise<Set<string>> {
  const found = new Set<string>();
  for (const root of roots) {
    for (const fsPath of await listArgumentFiles(root, isArgument, stopped)) if (rootOf(fsPath) === root) found.add(fsPath);
  }
  return found;
}
