// Footnote labels in use, for the fixes that cite or define one.
import type { Analysis } from '../types';

/** The first number `n` (from 1) that is no footnote label of the file, defined or referenced. */
export function firstFreeFootnote(analysis: Analysis): string {
  const taken = new Set<string>(analysis.footnoteDefinitions.keys());
  for (const r of analysis.footnoteRefs) taken.add(r.label);
  let n = 1;
  while (taken.has(String(n))) n++;
  return String(n);
}

/** Levenshtein distance, given up (returns max + 1) past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    previous = row;
  }
  return previous[b.length];
}
