// An imported map → an argument file: front matter, headings, and each node written once as a
// nested list item under the node it supports or attacks; every further use is a reference.
import { formatId, type IdStyle } from '../model';
import type { ImportEdge, ImportLabel, ImportMap, ImportNode } from './types';

/** Deeper chains start again at the top (with a reference left in place): argmap reads 100 levels. */
export const MAX_DEPTH = 40;

export interface SourceInfo {
  format: 'argdown' | 'kialo';
  file: string;
}

export interface WriteOptions {
  /** `argmap.ids.style`: `{#id}` (the default) or `<a id="id"></a>`. */
  idStyle?: IdStyle;
}

export function writeMarkdown(map: ImportMap, source: SourceInfo, options: WriteOptions = {}): string {
  const html = options.idStyle === 'html';
  const byKey = new Map(map.nodes.map((n) => [n.key, n]));
  const children = new Map<string, ImportEdge[]>();
  const isChild = new Set<string>();
  for (const edge of map.edges) {
    if (!byKey.has(edge.from) || !byKey.has(edge.to)) continue;
    const list = children.get(edge.to) ?? [];
    list.push(edge);
    children.set(edge.to, list);
    if (!edge.link) isChild.add(edge.from);
  }

  const written = new Set<string>();
  // Roots in source order; nodes reached only through a cycle, or cut off by depth, follow.
  const pending: ImportNode[] = map.nodes.filter((n) => !isChild.has(n.key));
  const queued = new Set(pending.map((n) => n.key));
  const rootsBySection = new Map<number, string[][]>();
  const emitRoot = (node: ImportNode) => {
    const lines: string[] = [];
    writeNode(node, 'Claim', 0, lines);
    const section = node.section ?? -1;
    const list = rootsBySection.get(section) ?? [];
    list.push(lines);
    rootsBySection.set(section, list);
  };

  function writeNode(node: ImportNode, label: ImportLabel, depth: number, lines: string[]): void {
    written.add(node.key);
    const indent = '  '.repeat(depth);
    const comment = node.notes?.length ? ` ${htmlComment(node.notes.join('; '))}` : '';
    // Further lines continue the same paragraph, so the id goes where the model reads it:
    // `{#id}` last, an anchor at the end of the first line. (Imported ids are slugs: always valid anchors.)
    const text = [inlineText(node.text) + comment, ...(node.body ?? []).map((l) => `${indent}  ${continuationLine(l)}`)];
    text[html ? 0 : text.length - 1] += ` ${formatId(node.id, html ? 'html' : 'pandoc')}`;
    lines.push(`${indent}- **${label}:** ${text.join('\n')}`);
    for (const edge of children.get(node.key) ?? []) {
      const child = byKey.get(edge.from)!;
      if (edge.link || written.has(child.key) || depth + 1 >= MAX_DEPTH) {
        lines.push(`${indent}  - **${edge.label}:** [${linkText(child)}](#${child.id})`);
        if (!edge.link && !written.has(child.key) && !queued.has(child.key)) {
          pending.push(child);
          queued.add(child.key);
        }
      } else {
        writeNode(child, edge.label, depth + 1, lines);
      }
    }
  }

  let unwritten = 0;
  for (let k = 0; k < pending.length || written.size < map.nodes.length; k++) {
    if (k >= pending.length) {
      while (written.has(map.nodes[unwritten].key)) unwritten++;
      pending.push(map.nodes[unwritten]);
    }
    if (!written.has(pending[k].key)) emitRoot(pending[k]);
  }

  const out: string[] = frontMatter(map, source);
  if (map.heading !== undefined) out.push(`# ${inlineText(map.heading)}`, '');
  const block = (section: number) => {
    for (const lines of rootsBySection.get(section) ?? []) out.push(...lines, '');
  };
  block(-1);
  map.sections.forEach((s, i) => {
    const comment = s.notes?.length ? ` ${htmlComment(s.notes.join('; '))}` : '';
    out.push(`${'#'.repeat(Math.min(6, Math.max(1, s.level)))} ${inlineText(s.title)}${comment}`, '');
    block(i);
  });
  out.push(...footnotePlaceholders(map));
  return out.join('\n').replace(/\n+$/, '\n');
}

/**
 * A source text that happens to hold `[^x]` would be an undefined footnote in Markdown. Each gets
 * the placeholder definition `…`, which the spec says cites nothing, so the text stays word for word.
 */
function footnotePlaceholders(map: ImportMap): string[] {
  const labels = new Set<string>();
  for (const node of map.nodes) {
    for (const text of [node.text, ...(node.body ?? [])]) for (const m of text.matchAll(/\[\^([^[\]\s]+)\]/g)) labels.add(m[1]);
  }
  if (!labels.size) return [];
  return ['<!-- Footnote markers that were part of the imported text: defined here so that they cite nothing. -->', '', ...[...labels].map((l) => `[^${l}]: …`), ''];
}

function frontMatter(map: ImportMap, source: SourceInfo): string[] {
  const lines = ['---'];
  if (map.title !== undefined) lines.push(`title: ${JSON.stringify(map.title)}`);
  lines.push(`source: { format: ${source.format}, file: ${JSON.stringify(source.file)} }`);
  for (const [key, value] of Object.entries(map.frontMatter ?? {})) {
    lines.push(`${JSON.stringify(key)}: ${JSON.stringify(value) ?? 'null'}`);
  }
  lines.push('---', '');
  return lines;
}

/**
 * A statement's text on one Markdown line, word for word as far as Markdown allows: line breaks
 * become spaces, and two things are escaped (their plain text stays the same): a whole-text link
 * to an id (it would make the node a reference) and `<!--` (it would swallow the note after it).
 * A `[^x]` in the text stays: `footnotePlaceholders` defines it.
 */
export function inlineText(text: string): string {
  let line = text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
  // An HTML comment opened in the text would run on into the note written after it.
  line = line.replace(/<!--/g, '\\<!--');
  if (/^\[[^\]]*\]\((?:[^)]*\.md)?#[^)]*\)$/.test(line)) line = `\\${line}`;
  return line;
}

/** A further line of a paragraph: a line that would start a block (list, heading, quote…) is escaped. */
export function continuationLine(text: string): string {
  const line = inlineText(text);
  return line.replace(/^([#>+*=|~`<-]|\d{1,9}(?=[.)]))/, (m) => (/\d/.test(m) ? `${m}\\` : `\\${m}`));
}

/** An HTML comment that cannot end early: `--` never appears inside it. */
export function htmlComment(text: string): string {
  return `<!-- ${text.replace(/[\r\n]+/g, ' ').replace(/-(?=-)/g, '- ').replace(/-$/, '- ')} -->`;
}

/** A reference's link text: the target's text when it is safe inside `[…]`, else its id. */
function linkText(node: ImportNode): string {
  const text = node.text.replace(/\s+/g, ' ').trim();
  if (text && text.length <= 80 && !/[[\]\\`<>*_]|\]\(/.test(text)) return text;
  return node.id;
}
