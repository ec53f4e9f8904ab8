// The index between sessions: one JSON file in the extension's workspace storage. A file
// is taken from it when its stamp (mtime and size) and the stamps of every file its
// analysis read are unchanged, so a restart with unchanged files parses nothing. A cache
// of another format, size limit or shape is ignored (with a log line), never trusted.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeError, type Logger } from '../../log';
import type { Stamp } from './stamps';
import type { FileSummary } from './summary';

/** Bumped whenever the summary's shape or the model's analysis changes what it would hold. */
export const CACHE_FORMAT = 1;

export const CACHE_FILE = 'workspace-index.json';

export interface CachedFile {
  stamp: Stamp;
  /** Stamps of the files the analysis read (absolute paths), when it was made. */
  dependencies: Record<string, Stamp>;
  summary: FileSummary;
}

interface CacheFile {
  format: number;
  maxFileSize: number;
  files: Record<string, CachedFile>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether an entry has the shape the index reads (a hand-edited or truncated cache must not throw later). */
function isCachedFile(value: unknown): value is CachedFile {
  if (!isRecord(value) || typeof value.stamp !== 'string' || !isRecord(value.dependencies) || !isRecord(value.summary)) return false;
  const s = value.summary;
  return typeof s.lineCount === 'number' && [s.nodes, s.links, s.diagnostics, s.dependencies].every(Array.isArray);
}

export class DiskCache {
  constructor(
    /** The folder to keep the cache in (`context.storageUri`), or undefined: no cache. */
    private readonly folder: string | undefined,
    private readonly log: Logger,
  ) {}

  get file(): string | undefined {
    return this.folder === undefined ? undefined : path.join(this.folder, CACHE_FILE);
  }

  /** The cached files for this size limit; empty when there is no cache or it cannot be used. */
  async load(maxFileSize: number): Promise<Map<string, CachedFile>> {
    const file = this.file;
    const files = new Map<string, CachedFile>();
    if (file === undefined) return files;
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch {
      return files; // no cache yet
    }
    try {
      const data: unknown = JSON.parse(text);
      if (!isRecord(data) || data.format !== CACHE_FORMAT || !isRecord(data.files)) throw new Error('not a workspace index cache of this version');
      if (data.maxFileSize !== maxFileSize) return files; // analyses under another limit: stale, not corrupt
      for (const [fsPath, entry] of Object.entries(data.files)) {
        if (!isCachedFile(entry)) throw new Error(`bad entry for ${fsPath}`);
        files.set(fsPath, entry);
      }
      return files;
    } catch (err) {
      this.log.warn(`workspace index: the cache ${file} is corrupt and is ignored: ${err instanceof Error ? err.message : String(err)}`);
      return new Map();
    }
  }

  /** Writes the cache (a temporary file renamed over the old one, so a crash never leaves half a file). */
  async save(maxFileSize: number, files: ReadonlyMap<string, CachedFile>): Promise<void> {
    const file = this.file;
    if (file === undefined) return;
    const data: CacheFile = { format: CACHE_FORMAT, maxFileSize, files: Object.fromEntries(files) };
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(temporary, JSON.stringify(data));
      await fs.rename(temporary, file);
    } catch (err) {
      this.log.warn(`workspace index: could not write the cache ${file}: ${describeError(err)}`);
      await fs.rm(temporary, { force: true }).catch(() => undefined);
    }
  }
}
