// The line that ends a text check, as eslint's does: `16 problems (2 errors, 14 warnings)
// in 2 files`, or `no problems in 3 files`. It goes to stderr, so stdout stays one line per
// diagnostic for tools that read it.
import type { Severity } from '../model';
import type { FileResult } from './format';

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { diagnostics } of results) for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/**
 * Errors and warnings always (they decide the exit code); information and hints only when
 * there are some. `files` counts every file checked, clean or not.
 */
export function summaryLine(counts: SeverityCounts, files: number): string {
  const where = `in ${plural(files, 'file', 'files')}`;
  const total = counts.error + counts.warning + counts.information + counts.hint;
  if (!total) return `no problems ${where}`;
  const parts = [plural(counts.error, 'error', 'errors'), plural(counts.warning, 'warning', 'warnings')];
  // "information" is the severity's own word, and like the word it has no plural.
  if (counts.information) parts.push(`${counts.information} information`);
  if (counts.hint) parts.push(plural(counts.hint, 'hint', 'hints'));
  return `${plural(total, 'problem', 'problems')} (${parts.join(', ')}) ${where}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
