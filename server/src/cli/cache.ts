// `argmap check --cache`: each checked file's diagnostics kept in one file between runs
// (like eslint's --cache), so that an unchanged file is not read or parsed again. An entry
// is used only while it is fresh by the server's rules (workspace/index/stamps.ts: the
// file's mtime and size, and those of every file its analysis read), and only under the
// settings it was made with: the argmap version, the workspace, the size limits and the
// severities are the cache's key, and a run under another key starts it over. The file's
// shape and its safe writing are the server's disk cache's (workspace/index/stampedCache.ts).
import fs from 'node:fs';
import path from 'node:path';
import type { ModelDiagnostic } from '../model';
import { isStamped, loadCacheSync, saveCacheSync, type CacheShape } from '../workspace/index/stampedCache';
import { isFresh, MISSING, stampOfSync, type Stamp, type Stamped } from '../workspace/index/stamps';

/** Where `--cache` keeps its file without `--cache-location`: the working directory, as eslint's `.eslintcache`. */
export const DEFAULT_CACHE_FILE = '.argmapcache';

export interface CheckedFile extends Stamped {
  /** At the model's default severities: the settings apply when printing (and are part of the key). */
  diagnostics: ModelDiagnostic[];
  /** The file was not valid UTF-8: the warning is said again when the entry is used. */
  notUtf8: boolean;
}

function isCheckedFile(value: unknown): value is CheckedFile {
  if (!isStamped(value)) return false;
  const v = value as unknown as Record<string, unknown>;
  return typeof v.notUtf8 === 'boolean' && Array.isArray(v.diagnostics) && v.diagnostics.every(isDiagnostic);
}

function isDiagnostic(value: unknown): value is ModelDiagnostic {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  const r = d.range as { start?: { line?: unknown; character?: unknown }; end?: { line?: unknown; character?: unknown } } | undefined;
  const isPosition = (p?: { line?: unknown; character?: unknown }) => typeof p?.line === 'number' && typeof p.character === 'number';
  return typeof d.code === 'string' && typeof d.severity === 'string' && typeof d.message === 'string' && isPosition(r?.start) && isPosition(r?.end);
}

/** Format 2: the analysis gained `figure-mismatch` (a format-1 entry would print `unsourced-figure` instead). */
const SHAPE: CacheShape<CheckedFile> = { format: 2, isEntry: isCheckedFile };

/** `--cache-location`: a file, or a folder (an existing one, or one written with a trailing slash) to keep `.argmapcache` in. */
export function cacheFileOf(location: string | undefined, cwd: string): string {
  if (location === undefined) return path.join(cwd, DEFAULT_CACHE_FILE);
  const absolute = path.resolve(cwd, location);
  let isFolder = /[\\/]$/.test(location);
  try {
    isFolder ||= fs.statSync(absolute).isDirectory();
  } catch {
    // not there yet: a file
  }
  return isFolder ? path.join(absolute, DEFAULT_CACHE_FILE) : absolute;
}

export class CheckCache {
  private readonly entries: Map<string, CheckedFile>;
  /** Stamps taken this run: a file read by many analyses is statted once. */
  private readonly stamps = new Map<string, Stamp>();

  /** Loads the cache; a damaged one is said through `warn` and started over. */
  constructor(
    readonly file: string,
    private readonly key: unknown,
    warn: (message: string) => void,
  ) {
    const loaded = loadCacheSync(file, SHAPE, key);
    if ('corrupt' in loaded) warn(`the cache '${file}' cannot be used and is started over: ${loaded.corrupt}`);
    this.entries = 'files' in loaded ? loaded.files : new Map();
  }

  stamp(absolute: string): Stamp {
    let stamp = this.stamps.get(absolute);
    if (stamp === undefined) this.stamps.set(absolute, (stamp = stampOfSync(absolute)));
    return stamp;
  }

  /** The entry for a file, when it is fresh. */
  lookup(absolute: string): CheckedFile | undefined {
    const entry = this.entries.get(absolute);
    return entry && isFresh(entry, this.stamp(absolute), (p) => this.stamp(p)) ? entry : undefined;
  }

  /**
   * Keeps a file's result. `stamp` was taken before the file was read, so a file saved while
   * it is checked is checked again next time; the files the analysis read (absolute paths)
   * are stamped after it, as the server stamps them.
   */
  store(absolute: string, stamp: Stamp, dependencies: readonly string[], diagnostics: ModelDiagnostic[], notUtf8: boolean): void {
    if (stamp === MISSING) return;
    const stamped: Record<string, Stamp> = {};
    for (const dependency of dependencies) stamped[dependency] = this.stamp(dependency);
    this.entries.set(absolute, { stamp, dependencies: stamped, diagnostics, notUtf8 });
  }

  /** Writes the cache, leaving out files that are gone; the error when it cannot be written. */
  save(): string | undefined {
    for (const absolute of [...this.entries.keys()]) if (this.stamp(absolute) === MISSING) this.entries.delete(absolute);
    return saveCacheSync(this.file, SHAPE, this.key, this.entries);
  }
}
