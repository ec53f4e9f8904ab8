// The sorted diagnostics after a keystroke as the last list with the edited nodes' entries
// replaced in place (issue 12, "Incremental graph and analysis"): re-sorting thousands of
// warnings to move none of them is most of a keystroke's diagnostics pass in a large file.
// Done only when it is provably the list a fresh sort gives; otherwise the caller sorts.
import { compareRanges } from './positions';
import type { ModelDiagnostic, Range } from './types';

/** The order of the diagnostics list: by position, then code. */
export function compareDiagnostics(a: ModelDiagnostic, b: ModelDiagnostic): number {
  return compareRanges(a.range, b.range) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/** Beyond this many replaced entries a sort is as cheap. */
const MAX_REPLACED = 256;

/**
 * `sorted` (the last list) with each `was[k]` replaced by `now[k]`, or undefined when that is
 * not the fresh sort's list: an entry not found, a count changed, or a new entry not strictly
 * between its neighbours (then its place, or its order among equals, could differ).
 */
export function patchSorted(
  sorted: readonly ModelDiagnostic[],
  was: readonly (readonly ModelDiagnostic[])[],
  now: readonly (readonly ModelDiagnostic[])[],
): ModelDiagnostic[] | undefined {
  const places: number[] = [];
  const out = sorted.slice();
  for (let k = 0; k < was.length; k++) {
    if (was[k].length !== now[k].length) return undefined;
    for (let j = 0; j < was[k].length; j++) {
      const at = find(sorted, was[k][j]);
      if (at < 0 || places.length >= MAX_REPLACED) return undefined;
      out[at] = now[k][j];
      places.push(at);
    }
  }
  for (const p of places) {
    if (p > 0 && compareDiagnostics(out[p - 1], out[p]) >= 0) return undefined;
    if (p < out.length - 1 && compareDiagnostics(out[p], out[p + 1]) >= 0) return undefined;
  }
  return out;
}

/** The place of `d` itself in `sorted`, by binary search to its equals, -1 when absent. */
function find(sorted: readonly ModelDiagnostic[], d: ModelDiagnostic): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareDiagnostics(sorted[mid], d) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < sorted.length && compareDiagnostics(sorted[i], d) === 0; i++) if (sorted[i] === d) return i;
  return -1;
}

/** The same diagnostics (those outside the node loop: code, message, range and node say all of them). */
export function sameDiagnostics(a: readonly ModelDiagnostic[], b: readonly ModelDiagnostic[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.message !== y.message || x.node !== y.node || !sameRange(x.range, y.range)) return false;
  }
  return true;
}

function sameRange(a: Range, b: Range): boolean {
  return compareRanges(a, b) === 0;
}
