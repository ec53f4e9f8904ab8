// `undefined-footnote`: define the label (`[^x]: …` at the end of the file), or change the
// reference to a defined label within edit distance 2.
import { editDistance } from '../../model';
import type { Fix, FixInput } from './types';
import { appendBlock } from './text';

export function defineFootnote(input: FixInput): Fix[] {
  const written = input.lines.slice(input.diagnostic.range);
  const m = /^\[\^([^\]]+)\]$/.exec(written);
  if (!m) return [];
  const raw = m[1];
  const label = raw.replace(/\s+/g, ' ').trim().toLowerCase();
  const fixes: Fix[] = [
    { title: `Define [^${raw}]`, edits: [appendBlock(input.lines, `[^${raw}]: …`, input.style.eol)], preferred: true },
  ];
  const near = [...input.analysis.footnoteDefinitions.values()]
    .map((d) => ({ d, distance: editDistance(label, d.label) }))
    .filter((x) => x.distance <= 2)
    .sort((a, b) => a.distance - b.distance || (a.d.label < b.d.label ? -1 : 1));
  for (const { d } of near) {
    fixes.push({ title: `Change to [^${d.raw}]`, edits: [{ range: input.diagnostic.range, newText: `[^${d.raw}]` }] });
  }
  return fixes;
}
