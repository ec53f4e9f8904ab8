// The workspace root: where cross-file references may lead and where the settings files
// are. `--workspace DIR` when given, else the nearest folder at or above the first path
// that holds a `.git`, `.vscode` or `package.json` (a project, as an editor would open it),
// else the working directory.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';

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

/** The folder to search up from: a folder itself, a file's folder, a glob's literal base. */
function startFolder(given: string, cwd: string): string {
  const absolute = path.resolve(cwd, given);
  if (isFolder(absolute)) return absolute;
  if (!exists(absolute)) {
    const scan = picomatch.scan(given);
    if (scan.isGlob) return path.resolve(cwd, scan.prefix + scan.base || '.');
  }
  return path.dirname(absolute);
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
