// A folder given to `check` that holds no argument file is a mistake worth saying (a wrong
// folder, or files not named `*.arg.md`), not a silent clean run.
import fs from 'node:fs';
import path from 'node:path';
import type { InputFile } from './paths';

/** The given paths that are folders with none of `files` below them, as given. */
export function emptyFolders(paths: readonly string[], cwd: string, files: readonly InputFile[]): string[] {
  return paths.filter((given) => {
    const folder = path.resolve(cwd, given);
    if (!isFolder(folder)) return false;
    const inside = folder.endsWith(path.sep) ? folder : folder + path.sep;
    return !files.some((f) => f.absolute.startsWith(inside));
  });
}

function isFolder(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}
