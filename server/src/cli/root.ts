// The workspace root: where cross-file references may lead and where the settings files
// are. `--workspace DIR` when given, else the nearest folder at or above the first path
// that holds a `.git`, `.vscode` or `package.json` (a project, as an editor would open it),
// else the working directory.
import fs from 'node:fs';
import path from 'node:path';

/** What marks a folder as a project that someone would open in the editor. */
export const ROOT_MARKERS = ['.git', '.vscode', 'package.json'] as const;

export function findWorkspaceRoot(firstPath: string | undefined, cwd: string, explicit?: string): { root: string } | { error: string } {
  if (explicit !== undefined) {
    const root = path.resolve(cwd, explicit);
    return isFolder(root) ? { root } : { error: `--workspace '${explicit}' is not a folder` };
  }
  if (firstPath === undefined) return { root: cwd };
  for (let dir = startFolder(firstPath, cwd); ; dir = path.dirname(dir)) {
    if (ROOT_MARKERS.some((marker) => exists(path.join(dir, marker)))) return { root: dir };
    if (path.dirname(dir) === dir) return { root: cwd };
  }
}

/**
 * The folder to search up from: a folder itself, else the path's folder. For a glob that
 * is a folder named with wildcards (`docs/**`), which exists nowhere: the search passes
 * through it up to the glob's literal base (`docs`) like any other folder.
 */
function startFolder(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  return isFolder(absolute) ? absolute : path.dirname(absolute);
}

function isFolder(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

function exists(absolute: string): boolean {
  try {
    fs.statSync(absolute);
    return true;
  } catch {
    return false;
  }
}
