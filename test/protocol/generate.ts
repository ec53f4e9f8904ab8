// Generated input for protocol tests: large argument files, positions, a seeded PRNG.
import type { Position } from 'vscode-languageserver-protocol';

/** A small deterministic PRNG (mulberry32), so a failing sequence can be replayed. */
export function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The position of `offset` in `text` (any line ending). */
export function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** About `bytes` of argument Markdown: sections of claims, cited evidence and challenges. */
export function bigArgument(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const section = [
      `## Section ${i}`,
      '',
      `Claim: Zone ${i} hosts over ${1000 + i} companies and grew ${i % 90}% last year. {#zone-${i}}`,
      '',
      `- Evidence: The registry lists ${1000 + i} companies in zone ${i}.[^r${i}]`,
      `- Objection: Registrations are not activity in zone ${i}.`,
      `  - Rebuttal: See [the zone](#zone-${i}) and the [registry](https://example.com/${i}).`,
      '',
      `[^r${i}]: Registry of zone ${i}, table ${i}.`,
      '',
      '',
    ].join('\n');
    parts.push(section);
    size += section.length;
  }
  return parts.join('');
}
