// Node ids (the spec's "Ids"): explicit ids first (the first definition wins), then an id
// generated from each other node's text, unique in the file. A generated id depends on every
// id before it and on the explicit ids anywhere, so after an edit the ids are either patched
// where the edit provably reaches no other node (`patchIds`) or worked out again in full.
import type { NodeDraft } from './drafts';
import type { IdLink } from './types';

/** The ids of a build: what `assignIds` wrote, and what the next build needs to patch them. */
export interface IdState {
  /** Each node's id ('' for a reference node). */
  readonly ids: string[];
  /** Explicit id → the node that defines it first; nodes whose explicit id was taken. */
  readonly explicit: Map<string, number>;
  readonly duplicates: number[];
  /**
   * How many generated-id nodes tried each id (its base, then `base-k`…). The first to try an
   * id that is not explicit got it. Shared with the next build, which may change it: then
   * `consumed` is set and no other build patches from this state.
   */
  readonly tried: Map<string, number>;
  readonly drafts: readonly NodeDraft[];
  readonly references: readonly (IdLink | undefined)[];
  consumed: boolean;
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
  const tried = new Map<string, number>();
  /** Tries `id` for the next node: free when no node tried it before and it is not explicit. */
  const free = (id: string): boolean => {
    const n = tried.get(id);
    tried.set(id, (n ?? 0) + 1);
    return n === undefined && !explicit.has(id);
  };
  // The suffix tried last per base: taken ids only grow, so the search resumes there
  // (without it, 10,000 nodes with the same text took 10^8 lookups). Only bases met
  // twice get an entry: most texts are unique.
  const nextSuffix = new Map<string, number>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.explicitId !== undefined || references[i]) continue;
    const base = baseId(d);
    let id = base;
    if (!free(id)) {
      let k = nextSuffix.get(base) ?? 2;
      for (id = `${base}-${k}`; !free(id); ) id = `${base}-${++k}`;
      nextSuffix.set(base, k);
    }
    ids[i] = id;
  }
  return { ids, explicit, duplicates, tried, drafts, references, consumed: false };
}

/**
 * The ids after an edit that re-made the nodes in `changed` (pairs of first and end index)
 * and left every other node as in `old`'s build, or undefined when they must be worked out
 * in full. A changed node keeps its id when its text's base did; it takes its new base when
 * the old one was its own id and tried by no other node, and no node tried the new one nor
 * holds it as explicit id: then every other node's search met neither, and goes as before.
 */
export function patchIds(old: IdState, drafts: readonly NodeDraft[], references: readonly (IdLink | undefined)[], changed: readonly number[]): IdState | undefined {
  if (old.consumed || old.ids.length !== drafts.length) return undefined;
  const moves: { i: number; from: string; to: string }[] = [];
  for (let c = 0; c < changed.length; c += 2) {
    for (let i = changed[c]; i < changed[c + 1]; i++) {
      const d = drafts[i];
      const o = old.drafts[i];
      if (d.explicitId !== o.explicitId || !references[i] !== !old.references[i]) return undefined;
      if (d.explicitId !== undefined || references[i]) continue;
      const from = baseId(o);
      const to = baseId(d);
      if (from === to) continue;
      if (old.ids[i] !== from || old.tried.get(from) !== 1 || old.tried.has(to) || old.explicit.has(to)) return undefined;
      moves.push({ i, from, to });
    }
  }
  // Two changed nodes that trade or share bases would meet in each other's search.
  const targets = new Set(moves.map((m) => m.to));
  if (targets.size !== moves.length || moves.some((m) => targets.has(m.from))) return undefined;
  // The new state shares `tried` (and changes it): the old one patches no more.
  old.consumed = true;
  if (moves.length === 0) return { ...old, drafts, references, consumed: false };
  const ids = old.ids.slice();
  for (const m of moves) {
    old.tried.delete(m.from);
    old.tried.set(m.to, 1);
    ids[m.i] = m.to;
  }
  return { ids, explicit: old.explicit, duplicates: old.duplicates, tried: old.tried, drafts, references, consumed: false };
}

function baseId(d: NodeDraft): string {
  return d.slug || d.kind;
}
