// Issue 12's shapes: files a person writes that the standard generator does not
// (reference chains, deep nesting, long paragraphs, one big block, random bytes).
import { sections } from './argument';
import { NOT_FIGURES, PLACES, SECTORS, TOPICS, Writer } from './writer';

/** Issue 12's file: `##` claim sections, each claim stating a figure and citing a footnote defined right after its section, with a reason that references the previous section's claim (a chain through the whole file). */
function chainSection(w: Writer, n: number): string {
  const reason = n > 1 ? `\n- Reason: [see section ${n - 1}](#c${n - 1})` : '';
  const evidence = `\n- Evidence: ${w.sentence(false)}${w.footnote()}`;
  const out = `## Section ${n}: ${w.d.pick(TOPICS)}\n\n**Claim:** ${w.sentence(true)}${w.footnote()} {#c${n}}${reason}${evidence}\n\n${w.pendingFootnotes.join('\n')}\n`;
  w.pendingFootnotes = [];
  return out;
}

/** Lists nested 20 levels deep: claim, reason, evidence, … alternating, one chain per section. */
function nestedSection(w: Writer, n: number): string {
  let out = `## Section ${n}\n\n`;
  for (let depth = 0; depth < 20; depth++) {
    const label = depth === 0 ? 'Claim' : depth % 3 === 2 ? 'Challenge' : 'Reason';
    out += `${'  '.repeat(depth)}- ${label}: ${w.sentence(depth % 4 === 0)}\n`;
  }
  return out;
}

/** Sections of one claim and a ~10 KB paragraph of prose. */
function longParagraphSection(w: Writer, n: number): string {
  let para = '';
  while (para.length < 10_000) para += w.sentence(w.d.chance(0.3)) + ' ';
  return `## Section ${n}\n\n**Claim:** ${w.sentence(true)}\n\n${para.trim()}\n`;
}

/** One GFM table of about `targetBytes` under a claim: a block Markdown cannot split. */
function bigTable(w: Writer, targetBytes: number): string {
  let out = '## Data\n\n**Claim:** The table below holds the figures.\n\n| place | sector | figure | note |\n| --- | --- | --- | --- |\n';
  while (out.length < targetBytes) out += `| ${w.d.pick(PLACES)} | ${w.d.pick(SECTORS)} | ${w.figure()} | ${w.d.pick(NOT_FIGURES)} |\n`;
  return out + '\n- Reason: the rows agree.\n';
}

/** One paragraph of about `targetBytes` (prose pasted without a blank line), under a claim. */
function onePlainParagraph(w: Writer, targetBytes: number): string {
  let para = '';
  while (para.length < targetBytes) para += w.sentence(w.d.chance(0.3)) + ' ';
  return `## Notes\n\n**Claim:** ${w.sentence(true)}\n\n${para.trim()}\n\n- Reason: the notes say so.\n`;
}

/** Bytes from the PRNG, read as Latin-1 text (brackets, stars and newlines included). */
export function randomBytes(w: Writer, targetBytes: number): string {
  let out = '';
  // No `\r`: the bench splits lines on `\n` only, as the server's line count would disagree.
  for (let i = 0; i < targetBytes; i++) out += String.fromCharCode(w.d.int(9, 126)).replace('\r', '\n');
  return out;
}

/** A heading that is one line of about `targetBytes`. */
function longHeading(w: Writer, targetBytes: number): string {
  let line = '## ';
  while (line.length < targetBytes) line += w.sentence(false) + ' ';
  return `${line.trim()}\n\n**Claim:** ${w.sentence(true)}\n`;
}

/**
 * The shapes and their sizes. `full` sizes in a full run, `quick` under `--quick`.
 * The pathological ones (one block remark cannot split, or random bytes) are kept
 * small: remark is superlinear on them (issue 12: a 1 MB table ~8 s per parse).
 */
export const SHAPES: readonly { name: string; what: string; full: number; quick: number; make: (bytes: number, seed: number) => string }[] = [
  { name: 'chains', what: 'claims referencing the previous section, a figure in each, footnotes right after', full: 1_000_000, quick: 50_000, make: (b, s) => sections(b, s, chainSection) },
  { name: 'nested', what: 'lists 20 levels deep', full: 1_000_000, quick: 50_000, make: (b, s) => sections(b, s, nestedSection) },
  { name: 'paragraphs', what: '10 KB paragraphs', full: 1_000_000, quick: 50_000, make: (b, s) => sections(b, s, longParagraphSection) },
  { name: 'table', what: 'one GFM table', full: 200_000, quick: 20_000, make: (b, s) => bigTable(new Writer(s), b) },
  { name: 'paragraph', what: 'one paragraph', full: 200_000, quick: 20_000, make: (b, s) => onePlainParagraph(new Writer(s), b) },
  { name: 'heading', what: 'one heading line', full: 200_000, quick: 20_000, make: (b, s) => longHeading(new Writer(s), b) },
  { name: 'random', what: 'random printable bytes', full: 50_000, quick: 10_000, make: (b, s) => randomBytes(new Writer(s), b) },
];

