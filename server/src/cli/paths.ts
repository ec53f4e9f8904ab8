// Paths as the user gave them → the argument files to check: files as they are,
// folders as their `**/*.arg.md`, globs matched against the files they could name.
import fs from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { DEFAULT_FILES } from '../shared/membership';
import { notAFile, reasonFor } from '../workspace/read';

export interface InputFile {
  /** The path to show: as given, or the given folder or glob base joined with the file's path below it. */
  display: string;
  absolute: string;
}

export interface Expansion {
  /** Sorted by `display`, each file once. */
  files: InputFile[];
  /** One message per path that names nothing readable. */
  errors: string[];
}

/** What a folder means: the spec's default files, with glob rules (no dotfiles). */
const isArgumentFile = picomatch([...DEFAULT_FILES]);

export function expandPaths(args: readonly string[], cwd: string): Expansion {
  const files: InputFile[] = [];
  const errors: string[] = [];
  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    const stat = statOrError(absolute);
    if (!('error' in stat)) {
      if (stat.isDirectory()) {
        const base = trimSlashes(toPosix(arg));
        for (const rel of walk(absolute, () => false)) {
          if (isArgumentFile(rel)) files.push({ display: joinDisplay(base, rel), absolute: path.join(absolute, rel) });
        }
      } else if (stat.isFile()) files.push({ display: toPosix(arg), absolute });
      else errors.push(`cannot read '${arg}': ${notAFile(stat)}`);
    } else if (stat.code === 'ENOENT' && picomatch.scan(arg).isGlob) {
      const matched = expandGlob(arg, cwd);
      if (matched.length) files.push(...matched);
      else errors.push(`no files match '${arg}'`);
    } else errors.push(`cannot read '${arg}': ${stat.error}`);
  }
  return { files: dedupe(files).sort((a, b) => compare(a.display, b.display)), errors };
}

/** Files under the glob's literal base that the rest of the glob matches (dotfiles only when named). */
function expandGlob(pattern: string, cwd: string): InputFile[] {
  const { base, glob, prefix } = picomatch.scan(pattern);
  const shownBase = prefix + base;
  const root = path.resolve(cwd, shownBase || '.');
  const isMatch = picomatch(glob);
  // Walking into node_modules or a dot-folder is wasted unless the glob names one.
  const namesNodeModules = glob.includes('node_modules');
  const namesDotFolder = /(^|\/)\./.test(glob);
  const enter = (name: string) => (name === 'node_modules' ? namesNodeModules : !name.startsWith('.') || namesDotFolder);
  const files: InputFile[] = [];
  for (const rel of walk(root, enter)) {
    if (isMatch(rel)) files.push({ display: joinDisplay(shownBase, rel), absolute: path.join(root, rel) });
  }
  return files;
}

/**
 * Posix paths, relative to `root`, of the regular files below it. Skips `node_modules`
 * and dot-folders unless `enter` allows them; never follows a link to a folder (no loops).
 */
function* walk(root: string, enter: (name: string) => boolean): Generator<string> {
  const pending = [''];
  while (pending.length) {
    const dir = pending.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      continue; // an unreadable folder below the one given holds nothing we can check
    }
    for (const entry of entries) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        const skip = entry.name === 'node_modules' || entry.name.startsWith('.');
        if (!skip || enter(entry.name)) pending.push(rel);
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(path.join(root, rel)))) {
        yield rel;
      }
    }
  }
}

function isFile(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isFile();
  } catch {
    return false;
  }
}

function statOrError(absolute: string): fs.Stats | { error: string; code?: string } {
  try {
    return fs.statSync(absolute);
  } catch (e) {
    return { error: reasonFor(e), code: (e as NodeJS.ErrnoException).code };
  }
}

function dedupe(files: InputFile[]): InputFile[] {
  const seen = new Set<string>();
  return files.filter((f) => !seen.has(f.absolute) && seen.add(f.absolute));
}

/** Code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function joinDisplay(base: string, rel: string): string {
  if (!base || base === '.') return rel;
  return base.endsWith('/') ? base + rel : `${base}/${rel}`;
}

function trimSlashes(p: string): string {
  return p.length > 1 ? p.replace(/\/+$/, '') : p;
}

function toPosix(p: string): string {
  return path.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
