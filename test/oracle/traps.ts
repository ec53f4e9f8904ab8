// The oracle's reading of the traps of contract v2 ("Additions in contract v2"), from the spec
// alone and sharing no code with the model: a fenced code or raw HTML block never closed that
// runs to the end of the file (`unclosed-code-block`), a block that starts like a label but is
// not one (`label-typo`), and footnote definitions that cite nothing (empty citations).
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { KIND_OF } from './inline';
import { lineEndAt, offsets, span, type Document, type Span } from './markdown';

/** Flat text of a subtree: what a definition or an emphasis says. */
function say(n: Nodes): string {
  if ('value' in n && typeof n.value === 'string' && n.type !== 'html') return n.value;
  if ('children' in n) return (n.children as Nodes[]).map(say).join('');
  return '';
}

/** The spec's empty citation: a definition that is empty or only the placeholder `…` (docs/format.md: or `...`). */
export function citesSomething(definition: Nodes): boolean {
  const t = say(definition).trim();
  return t !== '' && t !== '…' && t !== '...';
}

/** Every block of the document, depth first, in order. */
function allBlocks(doc: Document): Nodes[] {
  const out: Nodes[] = [];
  const visit = (n: Nodes): void => {
    out.push(n);
    if ('children' in n && n.type !== 'paragraph' && n.type !== 'heading' && n.type !== 'tableCell') for (const c of n.children as Nodes[]) visit(c);
  };
  visit(doc.root);
  return out;
}

/** `unclosed-code-block`: the range of the opening line, from the fence or `<`, when there is one. */
export function unclosedBlock(doc: Document): Span | undefined {
  for (const n of allBlocks(doc)) {
    if (n.type !== 'code' && n.type !== 'html') continue;
    const [start, end] = offsets(doc, n);
    // Runs to the end of the file: nothing but white space after it.
    if (doc.text.slice(end).trim() !== '') continue;
    const first = doc.text.slice(start, lineEndAt(doc.text, start));
    const from = start + first.length - first.trimStart().length;
    const range = span(doc, from, lineEndAt(doc.text, start));
    if (n.type === 'code' ? fenceLeftOpen(doc, n, start, end) : htmlLeftOpen(n.value)) return range;
  }
  return undefined;
}

/**
 * A fenced block is closed when its last line, once its container's marks (`>`, the item's
 * indentation) are taken off, is a fence of the opening's character, at least as long,
 * indented at most three spaces and followed by nothing but white space.
 */
function fenceLeftOpen(doc: Document, n: Nodes, start: number, end: number): boolean {
  const opening = doc.text.slice(start, lineEndAt(doc.text, start));
  const fence = /^\s*(`{3,}|~{3,})/.exec(opening);
  if (!fence) return false; // indented code: nothing to close
  const lines = doc.text.slice(start, end).split(/\r\n|\r|\n/);
  if (lines.length < 2) return true;
  const column = (n.position?.start.column ?? 1) - 1;
  const last = lines[lines.length - 1];
  const marks = /^[ \t>]*/.exec(last)?.[0].length ?? 0;
  const own = last.slice(Math.min(column, marks));
  const ch = fence[1][0] === '`' ? '`' : '~';
  return !new RegExp(`^ {0,3}${ch}{${fence[1].length},}[ \\t]*$`).test(own);
}

/** CommonMark's HTML blocks 1–5 and what ends each; the others end at a blank line and are never left open. */
const HTML_KINDS: [RegExp, RegExp][] = [
  [/^\s*<(?:pre|script|style|textarea)(?:\s|>|$)/i, /<\/(?:pre|script|style|textarea)>/i],
  [/^\s*<!--/, /-->/],
  [/^\s*<\?/, /\?>/],
  [/^\s*<![A-Za-z]/, />/],
  [/^\s*<!\[CDATA\[/, /]]>/],
];

function htmlLeftOpen(value: string): boolean {
  const firstLine = value.split(/\r\n|\r|\n/)[0];
  const kind = HTML_KINDS.find(([open]) => open.test(firstLine));
  return kind !== undefined && !kind[1].test(value);
}

const PLURALS: Record<string, string> = Object.fromEntries(
  Object.keys(KIND_OF).map((w) => [w === 'thesis' ? 'theses' : `${w}s`, w]),
);
const isLabel = (w: string): boolean => w.toLowerCase() in KIND_OF;
const isPlural = (w: string): boolean => w.toLowerCase() in PLURALS;

type Place = 'item' | 'heading' | 'paragraph';

/** `label-typo`: the would-be labels of the document's headings, paragraphs and list items. */
export function labelTypos(doc: Document, labelled: (children: PhrasingContent[]) => boolean): Span[] {
  const out: Span[] = [];
  const check = (block: Nodes & { type: 'paragraph' | 'heading' }, place: Place): void => {
    if (labelled(block.children)) return;
    const end = typoEnd(doc, block.children, place);
    if (end !== undefined) out.push(span(doc, offsets(doc, block.children[0])[0], end));
  };
  // Where nodes can stand: block quotes are transparent; code, HTML, tables, footnote definitions and front matter are not looked into.
  const walk = (children: RootContent[]): void => {
    for (const c of children) {
      if (c.type === 'blockquote') walk(c.children);
      else if (c.type === 'paragraph') check(c, 'paragraph');
      else if (c.type === 'heading') check(c, 'heading');
      else if (c.type === 'list') {
        for (const item of c.children) {
          const [first, ...rest] = item.children;
          if (first?.type === 'paragraph' || first?.type === 'heading') {
            check(first, 'item');
            walk(rest);
          } else walk(item.children);
        }
      }
    }
  };
  walk(doc.root.children);
  return out;
}

/** Where the would-be label ends, when the block starts like a label but is not one. */
function typoEnd(doc: Document, kids: PhrasingContent[], place: Place): number | undefined {
  const [a, b] = kids;
  if (!a) return undefined;
  const [aStart, aEnd] = offsets(doc, a);
  const source = doc.text.slice(aStart, aEnd);
  /** A plural is a typo only on an item or heading whose text goes on after the label. */
  const pluralOk = (labelEnd: number): boolean => place !== 'paragraph' && doc.text.slice(labelEnd, offsets(doc, kids[kids.length - 1])[1]).trim() !== '';
  const word = (w: string, labelEnd: number, typo: boolean): number | undefined =>
    (isLabel(w) && typo) || (isPlural(w) && pluralOk(labelEnd)) ? labelEnd : undefined;

  if (a.type === 'text') {
    // Literal marks the parser did not take as emphasis: `**Claim:**text`, `*Claim:*x`.
    const marks = /^(\*\*|__|\*|_)([A-Za-z]+)([ \t]*):\1/.exec(source);
    // Bold marks followed by a space would have been bold: only a glued word keeps them literal.
    const glued = marks && (marks[1].length === 1 || /\S/.test(source.charAt(marks[0].length)));
    if (marks && glued && a.value.startsWith(marks[1])) return word(marks[2], aStart + marks[0].length, true);
    const plain = /^([A-Za-z]+)([ \t]*):/.exec(a.value);
    if (plain && source.startsWith(plain[1])) return word(plain[1], aStart + plain[0].length, plain[2] !== '');
    return undefined;
  }
  if (a.type !== 'emphasis' && a.type !== 'strong') return undefined;
  const single = a.type === 'emphasis';
  const inner = say(a);
  const inside = /^([A-Za-z]+)([ \t]*):$/.exec(inner);
  if (inside) return word(inside[1], aEnd, single || inside[2] !== '');
  const bare = /^([A-Za-z]+)$/.exec(inner);
  const after = b?.type === 'text' ? /^([ \t]*):/.exec(b.value) : null;
  if (bare && after && b) return word(bare[1], offsets(doc, b)[0] + after[0].length, single || after[1] !== '');
  return undefined;
}
