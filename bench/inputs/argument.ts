// Argument Markdown for the bench: the standard file (nested claims, cited evidence,
// challenges, prose, references, ids, quotes, tables, footnotes in `##` sections) and
// the footnote-heavy one, each filled to a size by whole sections.
import { CAVEATS, NOUNS, PLACES, PROSE_OPENERS, SECTORS, TOPICS, Writer } from './writer';

/** A list marker for a whole list: mixing `-` and `*` would start a new list in CommonMark. */
function marker(w: Writer): (i: number) => string {
  const r = w.d.next();
  if (r < 0.12) return (i) => `${i + 1}. `;
  const bullet = r < 0.8 ? '- ' : '* ';
  return () => bullet;
}

/** `n` list items (with their children) of parents of `parentKind`, indented by `indent`, nested `depth` (1-based) deep. */
function list(w: Writer, parentKind: 'claim' | 'evidence' | 'challenge', indent: string, depth: number, maxDepth: number, n: number): string {
  const mark = marker(w);
  let out = '';
  for (let i = 0; i < n; i++) out += listItem(w, childKindOf(w, parentKind), parentKind, indent, depth, maxDepth, mark(i));
  // Unlabelled prose items mixed in.
  if (w.d.chance(0.12)) out += `${indent}${mark(n)}${w.sentence(false)}\n`;
  return out;
}

function listItem(w: Writer, kind: 'claim' | 'evidence' | 'challenge', parentKind: string, indent: string, depth: number, maxDepth: number, bullet: string): string {
  const d = w.d;
  const childIndent = indent + ' '.repeat(bullet.length);
  const word =
    kind === 'claim' ? d.pick(['Claim', 'Reason', 'Reason', 'Thesis']) : kind === 'evidence' ? d.pick(['Evidence', 'Evidence', 'Data', 'Source']) : parentKind === 'challenge' ? d.pick(['Rebuttal', 'Counter', 'Objection']) : d.pick(['Challenge', 'Objection', 'Counter']);

  // A reference: the whole text is a link to an earlier node.
  if (depth > 1 && d.chance(0.06)) {
    const target = w.earlier(kind);
    if (target) return `${indent}${bullet}${w.label(word)} [${d.pick(['as above', 'the earlier figures', 'see there', 'same point'])}](#${target})\n`;
  }
  if (d.chance(0.01)) return `${indent}${bullet}${w.label(word)}\n`; // an empty node, as people leave them

  let text = w.sentence(kind === 'evidence' || d.chance(0.3));
  if (kind === 'evidence') text += w.citation();
  else if (d.chance(0.1)) text += ` ([earlier](#${w.earlier('claim') ?? 'nowhere'}))`;
  let out = `${indent}${bullet}${w.label(word)} ${text}${w.maybeId(kind, 0.3)}\n`;

  // A body paragraph (loose item) now and then.
  if (d.chance(0.1)) out += `\n${childIndent}${w.sentence(d.chance(0.5))} ${w.sentence(false)}\n\n`;

  if (depth < maxDepth) {
    const n = depth === 1 ? d.int(1, 3) : d.int(0, 3 - Math.min(depth, 2));
    if (n) out += list(w, kind, childIndent, depth + 1, maxDepth, n);
  }
  return out;
}

export function childKindOf(w: Writer, parent: 'claim' | 'evidence' | 'challenge'): 'claim' | 'evidence' | 'challenge' {
  const r = w.d.next();
  if (parent === 'evidence') return r < 0.85 ? 'evidence' : 'challenge';
  if (parent === 'challenge') return r < 0.5 ? 'challenge' : r < 0.85 ? 'evidence' : 'claim';
  return r < 0.55 ? 'evidence' : r < 0.75 ? 'claim' : 'challenge';
}

function argumentList(w: Writer, root: 'claim' | 'challenge', indent = ''): string {
  return list(w, root, indent, 1, w.d.int(2, 4), w.d.int(2, 4));
}

export function prose(w: Writer): string {
  const d = w.d;
  let p = `${d.pick(PROSE_OPENERS)} ${d.pick(NOUNS)} in ${d.pick(PLACES)}. ${w.sentence(d.chance(0.3))} ${w.sentence(false)}`;
  if (d.chance(0.35)) {
    const target = w.earlier(d.pick(['claim', 'evidence', 'challenge'] as const));
    if (target) p += ` As [argued earlier](#${target}), the point stands.`;
  }
  if (d.chance(0.1)) p += ` ${d.pick(CAVEATS)}`;
  return p + '\n';
}

function table(w: Writer): string {
  const d = w.d;
  const rows = d.int(3, 8);
  let out = '| Year | Place | Companies | Share | Note |\n| ---: | --- | ---: | ---: | --- |\n';
  for (let i = 0; i < rows; i++) {
    out += `| ${2015 + i} | ${d.pick(PLACES)} | ${d.int(100, 20000).toLocaleString('en-US')} | ${d.int(1, 60)}% | ${d.chance(0.3) ? 'Claim: not a node in a table' : d.pick(SECTORS)} |\n`;
  }
  return out;
}

function blockQuote(w: Writer): string {
  const d = w.d;
  if (d.chance(0.5)) return `> ${w.label('Evidence')} “${w.sentence(true)}”${w.citation()}\n`;
  const body = `${w.label('Claim')} ${w.sentence(true)}${w.maybeId('claim', 0.3)}\n\n${argumentList(w, 'claim')}`;
  return body
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n')
    .replace(/>$/, '') + '\n';
}

function section(w: Writer, n: number): string {
  const d = w.d;
  const parts: string[] = [`## Section ${n}: ${d.pick(TOPICS)}\n`, prose(w)];
  if (d.chance(0.3)) parts.push(prose(w));
  const blocks = d.int(1, 2);
  for (let b = 0; b < blocks; b++) {
    const r = d.next();
    if (r < 0.5) {
      // A labelled paragraph with its list right after it.
      parts.push(`${w.label('Claim')} ${w.sentence(true)}${w.maybeId('claim', 0.5)}\n\n${argumentList(w, 'claim')}`);
    } else if (r < 0.75) {
      // A heading node: its section holds prose and a list.
      parts.push(`### ${d.pick(['Claim', 'Thesis'])}: ${w.sentence(true).replace(/\*|`/g, '')}${w.maybeId('claim', 0.5)}\n`, prose(w), argumentList(w, 'claim'));
    } else if (r < 0.9) {
      // A list whose items are the roots.
      parts.push(`- ${w.label('Claim')} ${w.sentence(true)}${w.maybeId('claim', 0.3)}\n` + argumentList(w, 'claim', '  '));
    } else {
      parts.push(`${w.label('Challenge')} ${w.sentence(false)}${w.maybeId('challenge', 0.5)}\n\n${argumentList(w, 'challenge')}`);
    }
    if (d.chance(0.15)) parts.push(blockQuote(w));
    if (d.chance(0.12)) parts.push(table(w));
    if (d.chance(0.04)) parts.push('```text\nClaim: inside code, never a node\n```\n');
    if (d.chance(0.05)) parts.push(`#### Notes on ${d.pick(SECTORS)}\n`, prose(w));
  }
  if (w.pendingFootnotes.length) {
    parts.push(w.pendingFootnotes.join('\n') + '\n');
    w.pendingFootnotes = [];
  }
  return parts.join('\n');
}

function frontMatter(title: string, seed: number): string {
  return `---\ntitle: ${title}\nseed: ${seed}\ngenerator: argmap bench\n---\n\n# ${title}\n\n`;
}

/** `head` then whole sections, stopping at the section count that lands closest to `targetBytes`. */
export function fillToSize(head: string, targetBytes: number, sectionAt: (n: number) => string): string {
  let text = head;
  let bytes = Buffer.byteLength(text);
  for (let n = 1; ; n++) {
    const s = sectionAt(n) + '\n';
    const b = Buffer.byteLength(s);
    const over = bytes + b > targetBytes;
    if (over && n > 1 && bytes + b - targetBytes > targetBytes - bytes) break;
    text += s;
    bytes += b;
    if (over) break;
  }
  return text;
}

/**
 * Argument Markdown of about `targetBytes` UTF-8 bytes (whole sections, as close to
 * the target as they come): nested claims, cited evidence, challenges and rebuttals, prose, references,
 * ids, block quotes, tables and footnotes, in `##` sections.
 */
export function generateArgumentMarkdown(targetBytes: number, seed = 1): string {
  const w = new Writer(seed);
  const head = frontMatter(`Generated argument (${targetBytes} bytes, seed ${seed})`, seed);
  return fillToSize(head, targetBytes, (n) => section(w, n));
}

/**
 * A file with `count` footnotes, one per piece of evidence, under claims. `near`: each
 * piece of evidence is a paragraph with its definition right after it, as people
 * write them (the shape remark's parse slows down on most). `end`: evidence in lists,
 * all definitions gathered at the end of the file.
 */
export function generateFootnoteHeavy(count = 10_000, seed = 2, definitions: 'near' | 'end' = 'near'): string {
  const w = new Writer(seed);
  const parts = [frontMatter(`Footnote-heavy argument (${count} footnotes, definitions ${definitions === 'near' ? 'near their use' : 'at the end'})`, seed)];
  let made = 0;
  for (let n = 1; made < count; n++) {
    parts.push(`## Section ${n}: ${w.d.pick(TOPICS)}\n\n${prose(w)}\n`);
    const items = Math.min(count - made, w.d.int(5, 15));
    if (definitions === 'near') {
      parts.push(`### Claim: ${w.sentence(true).replace(/\*|`/g, '')}\n\n`);
      for (let i = 0; i < items; i++) {
        const evidence = `${w.label('Evidence')} ${w.sentence(true)}${w.footnote()}`;
        parts.push(`${evidence}\n\n${w.pendingFootnotes.join('\n')}\n\n`);
        w.pendingFootnotes = [];
      }
    } else {
      parts.push(`${w.label('Claim')} ${w.sentence(true)}\n\n`);
      for (let i = 0; i < items; i++) parts.push(`- ${w.label('Evidence')} ${w.sentence(true)}${w.footnote()}\n`);
      parts.push('\n');
    }
    made += items;
  }
  if (w.pendingFootnotes.length) parts.push(w.pendingFootnotes.join('\n') + '\n');
  return parts.join('');
}


export function sections(targetBytes: number, seed: number, at: (w: Writer, n: number) => string): string {
  const w = new Writer(seed);
  return fillToSize(frontMatter(`Shape (${targetBytes} bytes, seed ${seed})`, seed), targetBytes, (n) => at(w, n));
}

