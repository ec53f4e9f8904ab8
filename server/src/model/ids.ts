// Node ids (the spec's "Ids"): explicit ids first (the first definition wins), then an id
// generated from each other node's text, unique in the file. A generated id depends on every
// id before it and on the explicit ids anywhere.
import type { NodeDraft } from './drafts';
import type { IdLink } from './types';

/** The ids of a build: what `assignIds` wrote, and what the next build needs to patch them. */
export interface IdState {
  /** Each node's id ('' for a reference node). */
  readonly ids: string[];
  /** Explicit id → the node that defines it first; nodes whose explicit id was taken. */
  readonly explicit: Map<string, number>;
  readonly duplicates: number[];
}

/** The ids of `drafts` (a reference node gets none); `ids` holds each node's explicit id or '' on entry. */
export function assignIds(drafts: readonly NodeDraft[], references: readonly (IdLink | undefined)[], ids: string[]): IdState {
  const explicit = new Map<string, number>();
  const duplicates: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const id = drafts[i].explicitId;
    if (id === undefined) continue;
    if (explicit.has(id)) duplicates.push(i);
    else explicit.set(id, i);
  }
  // Generated ids taken so far; explicit ones are in `explicit` (no copy of it).
  const generated = new Set<string>();
  const used = (id: string): boolean => generated.has(id) || explicit.has(id);
  // The suffix tried last per base: `used` only grows, so the search resumes there
  // (without it, 10,000 nodes with the same text took 10^8 lookups). Only bases met
  // twice get an entry: most texts are unique.
  const nextSuffix = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.explicitId !== undefined || references[i]) continue;
    const base = baseId(d);
    let id = base;
    if (used(id)) {
      let k = nextSuffix.get(base) ?? 2;
      for (id = `${base}-${k}`; used(id); ) id = `${base}-${++k}`;
      nextSuffix.set(base, k);
    }
    generated.add(id);
    ids[i] = id;
  }
  return { ids, explicit, duplicates };
}

function baseId(d: NodeDraft): string {
  return d.slug || d.kind;
}
