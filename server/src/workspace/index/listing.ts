// One build's pass over the files it listed: each is taken from the disk cache while the
// cache still describes it and every file its analysis read (stamps.ts), else queued to be
// indexed. An open file is always indexed: its buffer may differ from the disk.
import type { CachedFile } from './diskCache';
import type { FileState } from './fileState';
import { uriOfPath } from './uris';
import { isFresh, stampAll, withDependencyStamps, type Stamp } from './stamps';

export interface ListingContext {
  readonly files: Map<string, FileState>;
  isOpen(fsPath: string): boolean;
  locate(fsPath: string): { root: string; relative: string } | undefined;
  /** The file's summary came from this cache entry (`state` already holds it). */
  taken(fsPath: string, state: FileState, changed: boolean): void;
  queue(fsPath: string): void;
  /** A newer build started: this one stops. */
  stale(): boolean;
}

/** How many of `found` were taken from `cache`; undefined when a newer build started meanwhile. */
export async function takeListed(found: Set<string>, cache: Map<string, CachedFile>, ctx: ListingContext): Promise<number | undefined> {
  const stamps = await stampAll(found);
  if (ctx.stale()) return undefined;
  let taken = 0;
  for (const fsPath of found) {
    const location = ctx.locate(fsPath)!;
    let state = ctx.files.get(fsPath);
    if (!state || state.root !== location.root) {
      state = { uri: uriOfPath(fsPath), ...location };
      ctx.files.set(fsPath, state);
    }
    const entry = state.cached ?? cache.get(fsPath);
    if (entry && !ctx.isOpen(fsPath) && (await stillFresh(entry, stamps.get(fsPath)!, stamps, ctx))) {
      const changed = state.summary !== entry.summary;
      taken++;
      Object.assign(state, { summary: entry.summary, cached: entry, error: undefined });
      ctx.taken(fsPath, state, changed);
    } else {
      ctx.queue(fsPath);
    }
  }
  return taken;
}

/** Whether a cache entry still describes the file; an open dependency may differ from the disk. */
async function stillFresh(entry: CachedFile, stamp: Stamp, known: Map<string, Stamp>, ctx: ListingContext): Promise<boolean> {
  if (entry.stamp !== stamp) return false;
  return isFresh(entry, stamp, await withDependencyStamps(entry, known), (p) => ctx.isOpen(p));
}
