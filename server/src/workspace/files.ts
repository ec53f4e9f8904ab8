// Other files of the workspace, for cross-file references in the server. The model reads
// synchronously, so it reads through a cache: a miss is recorded, loaded here
// asynchronously (never blocking the event loop) and the document is analysed again.
import { promises as fs } from 'node:fs';
import type { FileReader } from '../model';
import { fsPathOf, isInside, resolveInside, workspacePath, type Location } from './paths';
import { OUTSIDE, readReferenced, type ReadResult } from './read';

/** Cached files beyond this are dropped wholesale; references only ever touch a few files. */
const MAX_CACHED_FILES = 2000;

/** The workspace folders and the referenced files read from them. */
export class WorkspaceFiles {
  private roots: string[] = [];
  private readonly files = new Map<string, ReadResult>();
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

  /** Whether any workspace folder is open (outside of one, fewer `argmap.files` globs apply). */
  get hasFolders(): boolean {
    return this.roots.length > 0;
  }

  /** The workspace folder and relative path of a document, or undefined outside every folder. */
  locate(uri: string): Location | undefined {
    const fsPath = fsPathOf(uri);
    if (fsPath === undefined) return undefined;
    const root = this.roots.find((r) => isInside(r, fsPath) && r !== fsPath);
    if (root === undefined) return undefined;
    return { root, path: workspacePath(root, fsPath) };
  }

  /** The absolute path of a workspace-relative path, or undefined when it escapes the folder. */
  resolve(root: string, relative: string): string | undefined {
    return resolveInside(root, relative);
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
      if (absolute === undefined) return OUTSIDE;
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
      pending = this.realRoot(root)
        .then((realRoot) => readReferenced(realRoot, fsPath, maxFileSize))
        .then((loaded) => {
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
}
