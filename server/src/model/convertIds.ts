// The refactor "Convert ids in this file to GitHub anchors" (and back): every explicit id of a
// file rewritten in the other form, `{#x}` ⇄ `<a id="x"></a>` (interchange.md "Ids that work on
// GitHub"). Text in, edits out; the server offers it as a command, a code action can offer it too.
// Ids keep their names, so links to them keep working; a heading's GitHub slug changes with its
// `{#x}` text, so links in this file to that slug are rewritten to the new one.
import { formatId, isAnchorId, type IdStyle } from './anchors';
import { analyzeText } from './analyze';
import { Locator } from './positions';
import type { Analysis, ArgNode, Range } from './types';

export interface IdEdit {
  range: Range;
  newText: string;
}

export interface IdConversion {
  edits: IdEdit[];
  /** Ids rewritten. */
  converted: number;
  /** Ids left as they are, with why (1-based line). */
  skipped: { id: string; line: number; reason: string }[];
}

interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Edits that write every explicit id of `text` in `to`'s form. `path` names the file (links to `path#x` are its own). */
export function convertIds(text: string, to: IdStyle, path = 'file.arg.md'): IdConversion {
  const before = analyzeText(text, { path });
  const loc = new Locator(text);
  const skipped: IdConversion['skipped'] = [];
  const excluded = new Set<number>();
  for (const n of before.nodes) {
    if (n.explicitId && n.idStyle !== to && to === 'html' && !isAnchorId(n.id)) {
      excluded.add(n.index);
      skipped.push({ id: n.id, line: n.range.start.line + 1, reason: 'an HTML anchor cannot hold this id as it is' });
    }
  }
  // An id moved where the model would not read it (a heading's closing `#`s, text after it)
  // is left as it was: a second pass without it keeps every other id and every link.
  for (let pass = 0; pass < 3; pass++) {
    const edits = idEdits(text, loc, before, to, excluded);
    const after = analyzeText(apply(text, edits), { path });
    const lost = before.nodes.filter((n) => edits.nodes.has(n.index) && (after.nodes[n.index]?.id !== n.id || after.nodes[n.index]?.idStyle !== to));
    if (!lost.length || after.nodes.length !== before.nodes.length) {
      if (after.nodes.length !== before.nodes.length) return { edits: [], converted: 0, skipped };
      const slugEdits = headingSlugEdits(text, loc, before, after, path);
      const all = [...edits.list, ...slugEdits].sort((a, b) => a.start - b.start);
      return { edits: all.map((e) => ({ range: loc.range(e.start, e.end), newText: e.text })), converted: edits.nodes.size, skipped };
    }
    for (const n of lost) {
      excluded.add(n.index);
      skipped.push({ id: n.id, line: n.range.start.line + 1, reason: 'the other form would not be read where it would go' });
    }
  }
  return { edits: [], converted: 0, skipped };
}

function idEdits(text: string, loc: Locator, a: Analysis, to: IdStyle, excluded: Set<number>): { list: OffsetEdit[]; nodes: Set<number> } {
  const list: OffsetEdit[] = [];
  const nodes = new Set<number>();
  for (const n of a.nodes) {
    if (!n.explicitId || !n.idRange || n.idStyle === to || excluded.has(n.index)) continue;
    let start = loc.offset(n.idRange.start);
    const end = loc.offset(n.idRange.end);
    // The space before the id goes with it.
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const written = ` ${formatId(n.id, to)}`;
    // An anchor ends the first line (a heading's is its content, before any closing `#`s); `{#x}` ends the block.
    const at = to === 'pandoc' ? trimEnd(text, blockEnd(loc, n)) : n.blockType === 'heading' ? end : trimEnd(text, loc.offset(n.range.end));
    if (at === end || (at >= start && at <= end)) list.push({ start, end, text: written });
    else list.push({ start, end, text: '' }, { start: at, end: at, text: written });
    nodes.add(n.index);
  }
  return { list: list.sort((x, y) => x.start - y.start), nodes };
}

/** Where a `{#x}` goes: the end of the node's own block (its heading, or its paragraph's last line). */
function blockEnd(loc: Locator, n: ArgNode): number {
  return loc.offset(n.blockRange.end);
}

function trimEnd(text: string, at: number): number {
  while (at > 0 && /[ \t\r\n]/.test(text[at - 1])) at--;
  return at;
}

/** Links of this file to a heading's slug that the conversion changed, rewritten to the new slug. */
function headingSlugEdits(text: string, loc: Locator, before: Analysis, after: Analysis, path: string): OffsetEdit[] {
  if (before.headings.length !== after.headings.length) return [];
  const renamed = new Map<string, string>();
  before.headings.forEach((h, i) => {
    if (h.slug !== after.headings[i].slug && !renamed.has(h.slug)) renamed.set(h.slug, after.headings[i].slug);
  });
  if (!renamed.size) return [];
  const ids = new Set(before.nodes.filter((n) => n.explicitId).map((n) => n.id));
  const links = [...before.idLinks, ...before.nodes.flatMap((n) => (n.reference ? [n.reference] : []))];
  const out: OffsetEdit[] = [];
  for (const link of links) {
    const to = renamed.get(link.id);
    if (to === undefined || ids.has(link.id) || (link.file !== undefined && link.file !== path)) continue;
    const start = loc.offset(link.range.start);
    const source = text.slice(start, loc.offset(link.range.end));
    const hash = source.lastIndexOf(`#${link.id}`);
    if (hash >= 0) out.push({ start: start + hash + 1, end: start + hash + 1 + link.id.length, text: to });
  }
  return out;
}

function apply(text: string, edits: { list: OffsetEdit[] }): string {
  let out = '';
  let pos = 0;
  for (const e of edits.list) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
