// Argdown for the peer comparison: the same shape as the standard argument file
// (sections, nested supports and attacks, references by title).
import { childKindOf, fillToSize, prose } from './argument';
import { SECTORS, TOPICS, Writer } from './writer';

function argdownPlain(s: string): string {
  // Argdown reads `[`, `<`, `#`, `{`, `@` and `+`/`-` at a line start as syntax.
  return s.replace(/\[\^?[^\]]*\]\(([^)]*)\)/g, '$1').replace(/[[\]<>{}#@`]/g, '').replace(/\*\*/g, '');
}

function argdownItem(w: Writer, kind: 'claim' | 'evidence' | 'challenge', parentKind: string, indent: string, depth: number, maxDepth: number, titles: Record<string, string[]>): string {
  const d = w.d;
  const relation = kind === 'challenge' ? '-' : '+';
  if (depth > 1 && d.chance(0.06) && titles[kind].length) {
    const title = titles[kind][Math.max(0, titles[kind].length - 1 - d.int(0, 20))];
    return `${indent}${relation} ${kind === 'evidence' ? `<${title}>` : `[${title}]`}\n`;
  }
  const title = `${kind === 'evidence' ? 'Evidence' : kind === 'challenge' ? (parentKind === 'challenge' ? 'Rebuttal' : 'Challenge') : 'Reason'} ${w.id('t')}`;
  titles[kind].push(title);
  let text = argdownPlain(w.sentence(kind === 'evidence' || d.chance(0.3)));
  if (kind === 'evidence' && d.chance(0.8)) text += ` Source: ${w.link()}`;
  if (d.chance(0.2)) text += ` #${d.pick(SECTORS).split(' ')[0]}`;
  // Evidence becomes an argument (`<Title>`), claims and challenges statements (`[Title]`).
  let out = `${indent}${relation} ${kind === 'evidence' ? `<${title}>` : `[${title}]`}: ${text}\n`;
  if (depth < maxDepth) {
    const n = depth === 1 ? d.int(1, 3) : d.int(0, 3 - Math.min(depth, 2));
    for (let i = 0; i < n; i++) out += argdownItem(w, childKindOf(w, kind), kind, indent + '    ', depth + 1, maxDepth, titles);
  }
  return out;
}

function argdownSection(w: Writer, n: number, titles: Record<string, string[]>): string {
  const d = w.d;
  const parts = [`## Section ${n}: ${d.pick(TOPICS)}\n`, argdownPlain(prose(w))];
  const blocks = d.int(1, 2);
  for (let b = 0; b < blocks; b++) {
    const root = d.chance(0.9) ? 'claim' : 'challenge';
    const title = `${root === 'claim' ? 'Claim' : 'Challenge'} ${w.id('t')}`;
    titles[root].push(title);
    let out = `[${title}]: ${argdownPlain(w.sentence(true))}\n`;
    const items = d.int(2, 4);
    for (let i = 0; i < items; i++) out += argdownItem(w, childKindOf(w, root), root, '    ', 1, d.int(2, 4), titles);
    parts.push(out);
    if (d.chance(0.2)) parts.push(argdownPlain(prose(w)));
  }
  w.pendingFootnotes = [];
  return parts.join('\n');
}

/** Argdown of about `targetBytes` bytes, shaped like `generateArgumentMarkdown`'s output. */
export function generateArgdown(targetBytes: number, seed = 1): string {
  const w = new Writer(seed);
  const titles: Record<string, string[]> = { claim: [], evidence: [], challenge: [] };
  const head = `===\ntitle: Generated argument (${targetBytes} bytes, seed ${seed})\n===\n\n# Generated argument\n\n`;
  return fillToSize(head, targetBytes, (n) => argdownSection(w, n, titles));
}

