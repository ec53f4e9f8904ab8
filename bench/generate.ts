// Deterministic inputs for the benchmark: argument Markdown of a given size, a
// footnote-heavy file, and Argdown text of the same shape for the peer comparison.
// The same seed gives the same bytes on every machine (no Math.random, no dates).
//
// `node out/bench/generate.js DIR` writes every input to DIR to look at them.
import fs from 'node:fs';
import path from 'node:path';

/** mulberry32: a small, fast, seedable PRNG (uniform in [0, 1)). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Dice {
  constructor(readonly next: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
}

// ---------------------------------------------------------------------------
// Vocabulary: the article's world (the Greater Bay Area), so the text reads like it.

const PLACES = ['Hong Kong', 'Shenzhen', 'Qianhai', 'Hetao', 'Guangzhou', 'Macao', 'Nansha', 'Hengqin', 'Dongguan', 'Zhuhai', 'the Northern Metropolis', 'the Greater Bay Area'];
const SECTORS = ['artificial intelligence', 'robotics', 'biotechnology', 'green finance', 'logistics', 'life sciences', 'fintech', 'advanced manufacturing', 'professional services', 'creative industries', 'microelectronics', 'new energy'];
const ACTORS = ['the HKSAR Government', 'local universities', 'start-ups', 'venture funds', 'the Trade Development Council', 'cross-border firms', 'research institutes', 'listed companies', 'the Innovation and Technology Commission', 'regional banks'];
const VERBS = ['strengthens', 'accelerates', 'depends on', 'reshapes', 'broadens', 'anchors', 'complements', 'attracts', 'sustains', 'deepens'];
const NOUNS = ['integration', 'talent mobility', 'capital formation', 'knowledge exchange', 'market access', 'the innovation ecosystem', 'legal certainty', 'intellectual property protection', 'cross-border data flows', 'infrastructure'];
const QUALIFIERS = ['over', 'more than', 'about', 'nearly', 'at least', 'almost', 'roughly', ''];
const COUNT_NOUNS = ['companies', 'collaborative projects', 'patents', 'researchers', 'start-ups', 'students', 'listings', 'laboratories', 'jobs', 'visitors'];
const SCALES = ['million', 'billion'];
const CURRENCIES = ['$', 'HK$', 'US$', '¥'];
const NOT_FIGURES = ['in 2023', 'since 2019', 'after COVID-19', 'on 5G networks', 'under Industry 4.0', 'under Article 23', 'about half of them', 'a third of the region', 'by 2035'];
const PUBLISHERS = ['Census and Statistics Department', 'Hong Kong Trade Development Council', 'Shenzhen Municipal Bureau of Statistics', 'Greater Bay Area Research Centre', 'Invest Hong Kong', 'University Grants Committee', 'Hong Kong Monetary Authority', 'Qianhai Authority'];
const DOMAINS = ['www.censtatd.gov.hk', 'research.hktdc.com', 'www.investhk.gov.hk', 'www.hkma.gov.hk', 'www.bayarea.gov.hk', 'data.gov.hk', 'www.ugc.edu.hk'];
const TOPICS = ['Qianhai and modern services', 'Hetao and joint research', 'Capital markets', 'Talent and universities', 'Legal system and IP', 'Logistics and the airport', 'The Northern Metropolis', 'Green finance', 'Robotics and AI', 'Biotech listings', 'Tourism and culture', 'Data and connectivity'];
const PROSE_OPENERS = ['This section weighs', 'Observers often overstate', 'The record on', 'Much of the debate turns on', 'Before judging', 'A fair reading of', 'Critics and supporters agree on little about'];
const CAVEATS = ['Figures are as reported by the agencies and were not audited.', 'The comparison years differ between sources.', 'Some projects are counted twice when they span both zones.', 'Survey responses were voluntary.', 'Café owners and “micro-firms” (≤ 5 staff) are not included — see the notes.'];

/** The text generators share one Dice and the ids made so far, so references point to real ids. */
class Writer {
  readonly d: Dice;
  private nextId = 0;
  private nextFootnote = 0;
  /** Ids made so far, by the kind of node they label. */
  readonly ids: Record<'claim' | 'evidence' | 'challenge', string[]> = { claim: [], evidence: [], challenge: [] };
  /** Footnote definitions waiting for the end of their section. */
  pendingFootnotes: string[] = [];

  constructor(seed: number) {
    this.d = new Dice(prng(seed));
  }

  id(prefix: string): string {
    return `${prefix}-${(this.nextId++).toString(36)}`;
  }

  figure(): string {
    const d = this.d;
    const q = d.pick(QUALIFIERS);
    const lead = q ? q + ' ' : '';
    switch (d.int(0, 4)) {
      case 0:
        return `${lead}${d.int(2, 98)}%`;
      case 1:
        return `${lead}${d.int(1, 40)} percent of its GDP`;
      case 2:
        return `${lead}${d.pick(CURRENCIES)}${d.int(1, 99)}.${d.int(1, 9)} ${d.pick(SCALES)}`;
      default: {
        const n = d.int(12, 98_000);
        return `${lead}${n.toLocaleString('en-US')} ${d.pick(COUNT_NOUNS)}`;
      }
    }
  }

  sentence(withFigure: boolean): string {
    const d = this.d;
    const subject = d.chance(0.5) ? d.pick(PLACES) : `${d.pick(PLACES)}'s ${d.pick(SECTORS)} sector`;
    let s = `${subject} ${d.pick(VERBS)} ${d.pick(NOUNS)}`;
    if (withFigure) s += `, with ${this.figure()}`;
    if (d.chance(0.3)) s += ` ${d.pick(NOT_FIGURES)}`;
    if (d.chance(0.25)) s += `, as ${d.pick(ACTORS)} ${d.chance(0.5) ? '*report*' : '**confirm**'}`;
    if (d.chance(0.08)) s += ` (the \`${d.pick(SECTORS).split(' ')[0]}\` cluster)`;
    return s + '.';
  }

  /** A footnote reference, with its definition queued for the end of the section. */
  footnote(): string {
    const d = this.d;
    const label = `n${(this.nextFootnote++).toString(36)}`;
    const year = d.int(2015, 2025);
    const url = d.chance(0.6) ? ` <https://${d.pick(DOMAINS)}/reports/${year}/${label}.pdf>` : '';
    this.pendingFootnotes.push(`[^${label}]: ${d.pick(PUBLISHERS)}, *${d.pick(TOPICS)}* (${year}), p. ${d.int(1, 240)}.${url}`);
    return `[^${label}]`;
  }

  link(): string {
    const d = this.d;
    const text = d.pick(['report', 'dataset', 'press release', 'statistics', 'survey']);
    return `[${text}](https://${d.pick(DOMAINS)}/${d.pick(['en', 'tc', 'sc'])}/${d.int(1000, 99999)})`;
  }

  /** A citation for evidence: mostly footnotes, some links, some bare URLs, a few none. */
  citation(): string {
    const d = this.d;
    const r = d.next();
    if (r < 0.55) return this.footnote();
    if (r < 0.8) return ` (${this.link()})`;
    if (r < 0.88) return ` See https://${d.pick(DOMAINS)}/stats/${d.int(100, 999)}.`;
    return '';
  }

  /** `Label:` in one of the spellings people use. */
  label(word: string): string {
    const r = this.d.next();
    if (r < 0.45) return `${word}:`;
    if (r < 0.8) return `**${word}:**`;
    if (r < 0.95) return `**${word}**:`;
    return `${word.toUpperCase()}:`;
  }

  maybeId(prefix: 'claim' | 'evidence' | 'challenge', p: number): string {
    if (!this.d.chance(p)) return '';
    const id = this.id(prefix[0] + prefix[1]);
    this.ids[prefix].push(id);
    return ` {#${id}}`;
  }

  /** A link to an earlier id (a reference), or undefined when none exists yet. */
  earlier(kind: 'claim' | 'evidence' | 'challenge'): string | undefined {
    const ids = this.ids[kind];
    if (!ids.length) return undefined;
    // Mostly recent ids (nearby arguments), sometimes far back in the file.
    const k = this.d.chance(0.7) ? Math.max(0, ids.length - 1 - this.d.int(0, 20)) : this.d.int(0, ids.length - 1);
    return ids[k];
  }
}

// ---------------------------------------------------------------------------
// Argument Markdown

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

function childKindOf(w: Writer, parent: 'claim' | 'evidence' | 'challenge'): 'claim' | 'evidence' | 'challenge' {
  const r = w.d.next();
  if (parent === 'evidence') return r < 0.85 ? 'evidence' : 'challenge';
  if (parent === 'challenge') return r < 0.5 ? 'challenge' : r < 0.85 ? 'evidence' : 'claim';
  return r < 0.55 ? 'evidence' : r < 0.75 ? 'claim' : 'challenge';
}

function argumentList(w: Writer, root: 'claim' | 'challenge', indent = ''): string {
  return list(w, root, indent, 1, w.d.int(2, 4), w.d.int(2, 4));
}

function prose(w: Writer): string {
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

/**
 * Argument Markdown of about `targetBytes` UTF-8 bytes (whole sections, as close to
 * the target as they come): nested claims, cited evidence, challenges and rebuttals, prose, references,
 * ids, block quotes, tables and footnotes, in `##` sections.
 */
/** `head` then whole sections, stopping at the section count that lands closest to `targetBytes`. */
function fillToSize(head: string, targetBytes: number, sectionAt: (n: number) => string): string {
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

// ---------------------------------------------------------------------------
// Argdown: the same shape (sections, nested supports and attacks, references by title).

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

// ---------------------------------------------------------------------------
// Shapes (issue 12): files a person writes that the standard generator does not.

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
function randomBytes(w: Writer, targetBytes: number): string {
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

// ---------------------------------------------------------------------------
// Issue 12's worst cases at the issue's own sizes (bench/worst.ts): each one block that
// Markdown cannot split (or random bytes) between two ordinary claims, where a keystroke goes.

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

function sections(targetBytes: number, seed: number, at: (w: Writer, n: number) => string): string {
  const w = new Writer(seed);
  return fillToSize(frontMatter(`Shape (${targetBytes} bytes, seed ${seed})`, seed), targetBytes, (n) => at(w, n));
}

// ---------------------------------------------------------------------------

export interface BenchInput {
  /** Short name used in tables and JSON: `10KB`, `1MB`, `footnotes`, `footnotes-end`, `sample`. */
  name: string;
  text: string;
  bytes: number;
  /** The same-shape Argdown text, for the inputs that have one. */
  argdown?: string;
  /** Set on the issue-12 shapes (`SHAPES`): their name. */
  shape?: string;
  /** Measured in process only (a variant, not worth a server session). */
  modelOnly?: boolean;
}

export const SIZES: readonly { name: string; bytes: number }[] = [
  { name: '10KB', bytes: 10_000 },
  { name: '100KB', bytes: 100_000 },
  { name: '1MB', bytes: 1_000_000 },
  { name: '5MB', bytes: 5_000_000 },
];

function input(name: string, text: string, argdown?: string): BenchInput {
  return { name, text, bytes: Buffer.byteLength(text), argdown };
}

/** Every bench input; `sizes` filters the generated sizes by name. `samplePath` is added when it exists. */
export function benchInputs(options: { sizes?: readonly string[]; footnotes?: boolean; /** Shape names to include (all when absent). */ shapes?: readonly string[]; quick?: boolean; samplePath?: string } = {}): { inputs: BenchInput[]; notes: string[] } {
  const notes: string[] = [];
  const inputs = SIZES.filter((s) => !options.sizes || options.sizes.includes(s.name)).map((s) =>
    input(s.name, generateArgumentMarkdown(s.bytes, 1), generateArgdown(s.bytes, 1)),
  );
  if (options.footnotes !== false) {
    inputs.push(input('footnotes', generateFootnoteHeavy(10_000, 2, 'near')));
    inputs.push({ ...input('footnotes-end', generateFootnoteHeavy(10_000, 2, 'end')), modelOnly: true });
  }
  {
    for (const shape of SHAPES.filter((sh) => !options.shapes || options.shapes.includes(sh.name))) {
      const bytes = options.quick ? shape.quick : shape.full;
      inputs.push({ ...input(`shape:${shape.name}`, shape.make(bytes, 5)), shape: shape.name });
    }
  }
  if (options.samplePath) {
    if (fs.existsSync(options.samplePath)) inputs.push(input('sample', fs.readFileSync(options.samplePath, 'utf8')));
    else notes.push(`${path.basename(options.samplePath)} is absent: the article sample was skipped.`);
  }
  return { inputs, notes };
}

// Only when run as its own bundle: every bench bundle inlines this file.
if (require.main === module && /generate\.js$/.test(process.argv[1] ?? '')) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node out/bench/generate.js DIR');
    process.exit(2);
  }
  fs.mkdirSync(dir, { recursive: true });
  for (const inp of benchInputs().inputs) {
    fs.writeFileSync(path.join(dir, `${inp.name}.arg.md`), inp.text);
    if (inp.argdown) fs.writeFileSync(path.join(dir, `${inp.name}.argdown`), inp.argdown);
    console.log(`${inp.name}: ${inp.bytes} bytes`);
  }
}
