// Issue 12's worst cases at the issue's own sizes (bench/worst.ts): each one block that
// Markdown cannot split (or random bytes) between two ordinary claims, where a keystroke goes.
import { generateArgumentMarkdown } from './argument';
import { randomBytes } from './shapes';
import { NOT_FIGURES, PLACES, SECTORS, Writer } from './writer';

/** A 4 MB line: one heading of words, as issue 12 tried it. */
function longLine(w: Writer, targetBytes: number): string {
  const words: string[] = ['##'];
  let n = 2;
  while (n < targetBytes) {
    const s = w.sentence(false);
    words.push(s);
    n += s.length + 1;
  }
  return words.join(' ');
}

/** One GFM table of about `targetBytes`: header, delimiter row, then rows. */
function tableRows(w: Writer, targetBytes: number): string {
  const rows = ['| place | sector | figure | note |', '| --- | --- | --- | --- |'];
  let n = rows[0].length + rows[1].length + 2;
  while (n < targetBytes) {
    const row = `| ${w.d.pick(PLACES)} | ${w.d.pick(SECTORS)} | ${w.figure()} | ${w.d.pick(NOT_FIGURES)} |`;
    rows.push(row);
    n += row.length + 1;
  }
  return rows.join('\n');
}

/** One paragraph of prose pasted without blank lines: lines of a few sentences each. */
function pastedParagraph(w: Writer, targetBytes: number): string {
  const lines: string[] = [];
  let n = 0;
  while (n < targetBytes) {
    const line = Array.from({ length: w.d.int(2, 6) }, () => w.sentence(w.d.chance(0.3))).join(' ');
    lines.push(line);
    n += Buffer.byteLength(line) + 1;
  }
  return lines.join('\n');
}

export interface WorstCase {
  /** `random`, `line`, `table`, `paragraph`. */
  name: string;
  /** What issue 12 calls it. */
  what: string;
  /** The size issue 12 names, in UTF-8 bytes (the file is within a few hundred bytes of it). */
  bytes: number;
  make: (bytes: number, seed: number) => string;
}

/**
 * `big` between two claims: a `**Claim:**` paragraph (a blank line between), or for the
 * table a `### Claim:` heading right above it and a `- Claim:` item right below (no blank
 * line: the case where an edit beside the block could re-parse it).
 */
function between(w: Writer, big: string, adjacent: boolean): string {
  const before = adjacent ? `### Claim: ${w.sentence(false)}\n` : `**Claim:** ${w.sentence(false)}\n\n`;
  const after = adjacent ? `\n- Claim: ${w.sentence(false)}\n` : `\n\n**Claim:** ${w.sentence(false)}\n`;
  return before + big + after;
}

/** About the wrapper's own bytes, so that the whole file lands near the named size. */
const WRAPPER = 200;

export const WORST_CASES: readonly WorstCase[] = [
  { name: 'random', what: 'random bytes (printable, tabs and newlines)', bytes: 200_000, make: (b, s) => between(new Writer(s), randomBytes(new Writer(s + 1), b - WRAPPER), false) },
  { name: 'line', what: 'one line (a heading)', bytes: 4_000_000, make: (b, s) => between(new Writer(s), longLine(new Writer(s + 1), b - WRAPPER), false) },
  { name: 'table', what: 'a GFM table', bytes: 1_000_000, make: (b, s) => between(new Writer(s), tableRows(new Writer(s + 1), b - WRAPPER), true) },
  { name: 'paragraph', what: 'a paragraph', bytes: 2_000_000, make: (b, s) => between(new Writer(s), pastedParagraph(new Writer(s + 1), b - WRAPPER), false) },
];

/** Exactly `bytes` UTF-8 bytes of the standard generated file (its start; the last character may be cut). */
export function standardBytes(bytes: number): Buffer {
  return Buffer.from(generateArgumentMarkdown(bytes + 20_000, 1)).subarray(0, bytes);
}
