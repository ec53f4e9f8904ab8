// A file's stamp: what the disk caches (the server's and the CLI's) key a file by.
// Modification time and size change with every save that changes the text; a file
// that is gone has the stamp `missing`. An entry made from a file is fresh while its
// stamp and the stamps of every file its analysis read are unchanged.
import fs, { type Stats } from 'node:fs';

export type Stamp = string;

export const MISSING: Stamp = 'missing';

/** Stats at once at most: thousands of files, one libuv pool. */
const STAT_BATCH = 64;

function stampOfStat(stat: Stats): Stamp {
  return `${stat.mtimeMs}:${stat.size}`;
}

export async function stampOf(fsPath: string): Promise<Stamp> {
  try {
    return stampOfStat(await fs.promises.stat(fsPath));
  } catch {
    return MISSING;
  }
}

/** The same, at once (the CLI works synchronously). */
export function stampOfSync(fsPath: string): Stamp {
  try {
    return stampOfStat(fs.statSync(fsPath));
  } catch {
    return MISSING;
  }
}

export async function stampAll(paths: Iterable<string>): Promise<Map<string, Stamp>> {
  const all = [...paths];
  const stamps = new Map<string, Stamp>();
  for (let i = 0; i < all.length; i += STAT_BATCH) {
    const batch = all.slice(i, i + STAT_BATCH);
    const results = await Promise.all(batch.map(stampOf));
    batch.forEach((p, k) => stamps.set(p, results[k]));
  }
  return stamps;
}

export interface Stamped {
  stamp: Stamp;
  /** Stamps of the files the analysis read (absolute paths), when it was made. */
  dependencies: Record<string, Stamp>;
}

/**
 * Whether an entry still describes its file, now stamped `stamp`: that stamp and every
 * dependency's (`now`) are unchanged, and no dependency is open in an editor (its buffer
 * may differ from the disk).
 */
export function isFresh(entry: Stamped, stamp: Stamp, now: (fsPath: string) => Stamp, isOpen: (fsPath: string) => boolean = () => false): boolean {
  if (entry.stamp !== stamp) return false;
  for (const [dependency, was] of Object.entries(entry.dependencies)) {
    if (isOpen(dependency) || now(dependency) !== was) return false;
  }
  return true;
}

/** `known` with the stamps of the entry's dependencies it lacks taken now (they are rarely missing). */
export async function withDependencyStamps(entry: Stamped, known: ReadonlyMap<string, Stamp>): Promise<(fsPath: string) => Stamp> {
  const more = new Map<string, Stamp>();
  for (const dependency of Object.keys(entry.dependencies)) {
    if (!known.has(dependency)) more.set(dependency, await stampOf(dependency));
  }
  return (fsPath) => known.get(fsPath) ?? more.get(fsPath) ?? MISSING;
}
