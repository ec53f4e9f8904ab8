// Other files of the workspace, for cross-file references. The model reads synchronously,
// so it reads through a cache: a miss is recorded, loaded here asynchronously (never
// blocking the event loop) and the document is analysed again with the loaded text.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { FileReader } from './model/types';

/** Where a document lives: the workspace folder holding it and its path inside it. */
export interface Location {
  /** Absolute file-system path of the workspace folder. */
  root: string;
  /** Workspace-relative posix path. */
  path: string;
}

type Loaded = string | { error: string };

/** Cached files beyond this are dropped wholesale; references only ever touch a few files. */
const MAX_CACHED_FILES = 2000;

/** The absolute file-system path of a `file:` uri, or undefined for other schemes and bad uris. */
export function fsPathOf(uri: string): string | undefined {
  if (!uri.toLowerCase().startsWith('file:')) return undefined;
  try {
    return path.normalize(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

export function fileUriOf(fsPath: string): string {
  return pathToFileURL(fsPath).href;
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function reasonFor(err: unknown): string {
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Text of a file's bytes, or why it is not text (reasons read after "Cannot resolve `file`:"). */
export function decodeText(bytes: Uint8Array): Loaded {
  if (bytes.includes(0)) return { error: 'it is a binary file' };
  try {
    const text = utf8.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { error: 'it is not UTF-8 text' };
  }
}

export class Workspace {
  private roots: string[] = [];
  private readonly files = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<void>>();
  /** Bumped when a file changes, so that a load started before the change is not cached. */
  private readonly generations = new Map<string, number>();
  private readonly realRoots = new Map<string, Promise<string>>();

  /** Replaces the workspace folders (uris from `initialize` or `workspace/workspaceFolders`). */
  setFolders(uris: readonly string[]): void {
    const roots = uris.map(fsPathOf).filter((p): p is string => p !== undefined);
    // Longest first, so that a nested folder wins over the folder around it.
    this.roots = [...new Set(roots)].sort((a, b) => b.length - a.length);
    this.files.clear();
    this.realRoots.clear();
  }

  get folders(): readonly string[] {
    return this.roots;
  }

  /** The workspace folder and relative path of a document, or undefined outside every folder. */
  locate(uri: string): Location | undefined {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return undefined;
    const root = this.roots.find((r) => isInside(r, fsPath) && r !== fsPath);
    if (root === undefined) return undefined;
    return { root, path: path.relative(root, fsPath).split(path.sep).join('/') };
  }

  /** The absolute path of a workspace-relative path, or undefined when it escapes the folder. */
  resolve(root: string, relative: string): string | undefined {
    if (relative === '' || relative.includes('\0') || path.posix.isAbsolute(relative) || path.win32.isAbsolute(relative)) {
      return undefined;
    }
    const absolute = path.resolve(root, ...relative.split('/'));
    return isInside(root, absolute) && absolute !== root ? absolute : undefined;
  }

  /**
   * A synchronous reader for the model: open buffers first (`openText`), then files
   * already loaded; anything else is added to `misses` for `load` and reads as an error
   * until then. Every path asked for is added to `reads`, missing files included, so
   * that creating one re-validates its referrers.
   */
  reader(root: string, openText: (fsPath: string) => string | undefined, misses: Set<string>, reads?: Set<string>): FileReader {
    return (relative) => {
      const absolute = this.resolve(root, relative);
      if (absolute === undefined) return { error: 'it is outside the workspace' };
      reads?.add(absolute);
      const open = openText(absolute);
      if (open !== undefined) return open;
      const loaded = this.files.get(absolute);
      if (loaded !== undefined) return loaded;
      misses.add(absolute);
      return { error: 'it is not loaded yet' };
    };
  }

  /** Loads files from disk into the cache; failures are cached as their reason. */
  async load(paths: Iterable<string>, root: string, maxFileSize: number): Promise<void> {
    await Promise.all([...paths].map((p) => this.loadOne(p, root, maxFileSize)));
  }

  /** Forgets a file's cached text (it changed, was created or deleted on disk). */
  invalidate(fsPath: string): void {
    this.files.delete(fsPath);
    this.loading.delete(fsPath);
    this.generations.set(fsPath, (this.generations.get(fsPath) ?? 0) + 1);
  }

  clear(): void {
    for (const p of [...this.files.keys(), ...this.loading.keys()]) this.invalidate(p);
  }

  private loadOne(fsPath: string, root: string, maxFileSize: number): Promise<void> {
    if (this.files.has(fsPath)) return Promise.resolve();
    let pending = this.loading.get(fsPath);
    if (!pending) {
      const generation = this.generations.get(fsPath) ?? 0;
      pending = this.readFromDisk(fsPath, root, maxFileSize).then((loaded) => {
        if ((this.generations.get(fsPath) ?? 0) !== generation) return;
        if (this.files.size >= MAX_CACHED_FILES) this.files.clear();
        this.files.set(fsPath, loaded);
        this.loading.delete(fsPath);
      });
      this.loading.set(fsPath, pending);
    }
    return pending;
  }

  private realRoot(root: string): Promise<string> {
    let real = this.realRoots.get(root);
    if (!real) {
      real = fs.realpath(root).catch(() => root);
      this.realRoots.set(root, real);
    }
    return real;
  }

  private async readFromDisk(fsPath: string, root: string, maxFileSize: number): Promise<Loaded> {
    try {
      // realpath follows symbolic links (ELOOP on a loop) so that one pointing out of
      // the workspace is refused like a `../` path.
      const real = await fs.realpath(fsPath);
      if (!isInside(await this.realRoot(root), real)) return { error: 'it is outside the workspace' };
      const stat = await fs.stat(real);
      if (stat.isDirectory()) return { error: 'it is a directory' };
      if (!stat.isFile()) return { error: 'it is not a regular file' };
      if (stat.size > maxFileSize) return { error: 'it is larger than argmap.maxFileSize' };
      return decodeText(await fs.readFile(real));
    } catch (err) {
      return { error: reasonFor(err) };
    }
  }
}
