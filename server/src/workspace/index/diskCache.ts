// The index between sessions: one JSON file in the extension's workspace storage
// (stampedCache.ts gives its shape and how it is read and written). A file is taken from
// it when it is fresh (stamps.ts), so a restart with unchanged files parses nothing. A
// cache of another format, size limit or shape is ignored (with a log line), never trusted.
import path from 'node:path';
import type { Logger } from '../../log';
import { isRecord, isStamped, loadCache, saveCache, type CacheShape } from './stampedCache';
import type { Stamped } from './stamps';
import { isLinkSummary, isNodeSummary, type FileSummary } from './summary';

export const CACHE_FILE = 'workspace-index.json';

export interface CachedFile extends Stamped {
  summary: FileSummary;
}

/** Whether an entry has the shape the index reads. */
function isCachedFile(value: unknown): value is CachedFile {
  if (!isStamped(value)) return false;
  const s: unknown = (value as { summary?: unknown }).summary;
  if (!isRecord(s)) return false;
  if (typeof s.path !== 'string' || typeof s.lineCount !== 'number' || ![s.nodes, s.links, s.diagnostics, s.dependencies].every(Array.isArray)) return false;
  // References, rename and workspace symbols read every link and node of every file: each must have the shape they read.
  return (s.links as unknown[]).every(isLinkSummary) && (s.nodes as unknown[]).every(isNodeSummary);
}

/**
 * Format 2: the settings the entries were made under are one `key` (format 1 had `maxFileSize`).
 * Format 3: the analysis gained `figure-mismatch`; entries of 2 would show `unsourced-figure` instead.
 * Format 4: a summary holds its path and each link's destination, fragment and resolved node
 * (references and rename read closed files from it); entries of 3 lack them.
 * Format 5: a summary's nodes hold their workspace symbol's name (workspace symbols list closed
 * files from it) and whether they are references; entries of 4 held a cut text instead.
 */
const SHAPE: CacheShape<CachedFile> = { format: 5, isEntry: isCachedFile };

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
    if (file === undefined) return new Map();
    const loaded = await loadCache(file, SHAPE, { maxFileSize });
    if ('files' in loaded) return loaded.files;
    this.log.warn(`workspace index: the cache ${file} is corrupt and is ignored: ${loaded.corrupt}`);
    return new Map();
  }

  async save(maxFileSize: number, files: ReadonlyMap<string, CachedFile>): Promise<void> {
    const file = this.file;
    if (file === undefined) return;
    const error = await saveCache(file, SHAPE, { maxFileSize }, files);
    if (error !== undefined) this.log.warn(`workspace index: could not write the cache ${file}: ${error}`);
  }
}

/** Writes the cache a while after the index last changed, when the index is complete then. */
export class DelayedSave {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly disk: DiskCache,
    private readonly delayMs: number,
    /** What to write now, or undefined when the index is not complete. */
    private readonly due: () => { maxFileSize: number; files: ReadonlyMap<string, CachedFile> } | undefined,
  ) {}

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.write();
    }, this.delayMs);
  }

  /** Writes now if a write was scheduled (the server is shutting down). */
  async flush(): Promise<void> {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.write();
  }

  private async write(): Promise<void> {
    const due = this.due();
    if (due) await this.disk.save(due.maxFileSize, due.files);
  }
}
