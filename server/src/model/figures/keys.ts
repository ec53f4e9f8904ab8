// A figure's two keys for the figure walk (figureWalk.ts): the exact one (kind and value,
// `figureKey`) and the unit one (kind and unit, `unitKey`), kept by what they depend on rather
// than beside the figure object. A line typed above figures places each of them anew
// (placement.ts: a new object with the range moved), so keys kept by object were all worked
// out again after an Enter.
//
// Two generations of tables, so that memory follows the documents being analysed rather than
// the whole session: a lookup that misses the newer one takes the key from the older one (or
// works it out) and puts it in the newer one. When a walk begins and the newer one holds more
// keys than the last walk looked up, it becomes the older one and the old older one is dropped.
// So the keys of the walk just done always survive the next walk (of any document), and the
// tables hold at most about twice the keys of the largest of the last few walks.
import type { FigureKind } from '../types';
import { unitKey } from '../figureUnits';
import { figureKey } from './index';

interface Tables {
  exact: Map<FigureKind, Map<number, string>>;
  /** `null`: the figure has no unit that compares (`unitKey` is undefined). */
  unit: Map<FigureKind, Map<string, string | null>>;
  size: number;
}

const fresh = (): Tables => ({ exact: new Map(), unit: new Map(), size: 0 });

let newer = fresh();
let older = fresh();
/** Lookups since the last walk began: an upper bound on the keys that walk needs. */
let lookups = 0;

/** Below this many keys the newer table is never dropped (small documents, many walks). */
export const MIN_KEYS = 4096;

/** For tests: keys worked out (found in neither table), and how many the tables hold. */
export const keyWork = {
  computed: 0,
  held: (): number => newer.size + older.size,
};

/** Called as a walk begins: drops the older table when the newer one outgrew the last walk. */
export function beginKeyWalk(): void {
  if (newer.size > Math.max(MIN_KEYS, lookups)) {
    older = newer;
    newer = fresh();
  }
  lookups = 0;
}

/**
 * `key`'s value among `pick`'s tables (for `f`'s kind): from the newer table, else the older
 * one, else `make(f)` (counted); put in the newer one either way. No value is undefined.
 */
function lookUp<K, V, F extends { kind: FigureKind }>(pick: (t: Tables) => Map<FigureKind, Map<K, V>>, f: F, key: K, make: (f: F) => V): V {
  lookups++;
  const tables = pick(newer);
  let t = tables.get(f.kind);
  if (!t) {
    t = new Map<K, V>();
    tables.set(f.kind, t);
  }
  const hit = t.get(key);
  if (hit !== undefined) return hit;
  let v = pick(older).get(f.kind)?.get(key);
  if (v === undefined) {
    v = make(f);
    keyWork.computed++;
  }
  t.set(key, v);
  newer.size++;
  return v;
}

const exactTables = (t: Tables) => t.exact;
const unitTables = (t: Tables) => t.unit;
const makeExact = (f: { kind: FigureKind; value: number }): string => `=${figureKey(f)}`;
const makeUnit = (f: { kind: FigureKind; unit: string }): string | null => {
  const u = unitKey(f);
  return u === undefined ? null : `~${u}`;
};

/** The key of a figure's kind and value: two figures with equal keys state the same figure. */
export function exactKeyOf(f: { kind: FigureKind; value: number }): string {
  return lookUp(exactTables, f, f.value, makeExact);
}

/** The key of a figure's kind and unit, or undefined when its unit does not compare (never equal to an exact key). */
export function unitKeyOf(f: { kind: FigureKind; unit: string }): string | undefined {
  return lookUp(unitTables, f, f.unit, makeUnit) ?? undefined;
}
