// One JSON file of stamped entries (stamps.ts), shared by the server's workspace index
// (diskCache.ts) and the CLI's `--cache` (cli/cache.ts): the same file shape, the same
// validation, and a temporary file renamed over the old one so that a crash never leaves
// half a file. Entries made under other settings (`key`) are stale, not corrupt: nothing
// is said and they are dropped. A cache of another format or shape is said once and
// ignored, never trusted. The server reads and writes asynchronously, the CLI at once.
import fs from 'node:fs';
import path from 'node:path';
import type { Stamped } from './stamps';

export interface CacheShape<T extends Stamped> {
  /** Bumped whenever an entry's shape or what the analysis would hold in it changes. */
  format: number;
  /** Whether a parsed entry has the shape its reader uses (a hand-edited cache must not throw later). */
  isEntry(value: unknown): value is T;
}

export type LoadedCache<T> = { files: Map<string, T> } | { corrupt: string };

interface CacheFile {
  format: number;
  key: unknown;
  files: Record<string, unknown>;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether a value has a stamp and dependency stamps, as every entry does. */
export function isStamped(value: unknown): value is Stamped {
  return isRecord(value) && typeof value.stamp === 'string' && isRecord(value.dependencies) && Object.values(value.dependencies).every((s) => typeof s === 'string');
}

/** The entries of a cache file's text, for the settings `key` (compared as JSON). */
export function parseCache<T extends Stamped>(text: string, shape: CacheShape<T>, key: unknown): LoadedCache<T> {
  const files = new Map<string, T>();
  try {
    const data: unknown = JSON.parse(text);
    if (!isRecord(data) || data.format !== shape.format || !isRecord(data.files)) return { corrupt: 'not a cache of this version' };
    if (JSON.stringify(data.key) !== JSON.stringify(key)) return { files }; // made under other settings: stale
    for (const [fsPath, entry] of Object.entries(data.files)) {
      if (!shape.isEntry(entry)) return { corrupt: `bad entry for ${fsPath}` };
      files.set(fsPath, entry);
    }
    return { files };
  } catch (err) {
    return { corrupt: err instanceof Error ? err.message : String(err) };
  }
}

export function serializeCache<T extends Stamped>(shape: CacheShape<T>, key: unknown, files: ReadonlyMap<string, T>): string {
  const data: CacheFile = { format: shape.format, key, files: Object.fromEntries(files) };
  return JSON.stringify(data);
}

function temporaryOf(file: string): string {
  return `${file}.${process.pid}.tmp`;
}

/** Reads a cache file; no file yet is an empty cache. */
export async function loadCache<T extends Stamped>(file: string, shape: CacheShape<T>, key: unknown): Promise<LoadedCache<T>> {
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch {
    return { files: new Map() };
  }
  return parseCache(text, shape, key);
}

/** Writes a cache file; the error, when it could not be written. */
export async function saveCache<T extends Stamped>(file: string, shape: CacheShape<T>, key: unknown, files: ReadonlyMap<string, T>): Promise<string | undefined> {
  const temporary = temporaryOf(file);
  try {
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(temporary, serializeCache(shape, key, files));
    await fs.promises.rename(temporary, file);
    return undefined;
  } catch (err) {
    await fs.promises.rm(temporary, { force: true }).catch(() => undefined);
    return err instanceof Error ? err.message : String(err);
  }
}

export function loadCacheSync<T extends Stamped>(file: string, shape: CacheShape<T>, key: unknown): LoadedCache<T> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { files: new Map() };
  }
  return parseCache(text, shape, key);
}

export function saveCacheSync<T extends Stamped>(file: string, shape: CacheShape<T>, key: unknown, files: ReadonlyMap<string, T>): string | undefined {
  const temporary = temporaryOf(file);
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temporary, serializeCache(shape, key, files));
    fs.renameSync(temporary, file);
    return undefined;
  } catch (err) {
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // the folder cannot be written at all: nothing was left there
    }
    return err instanceof Error ? err.message : String(err);
  }
}
