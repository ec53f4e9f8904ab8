// The oracle's reading of one heading or paragraph: its label, its plain text (with the
// source offset of every character, for figure ranges), its trailing `{#id}`, and the links
// and footnote calls in it. From the spec's "Nodes" and docs/format.md's "Text, body and ids".
import type { PhrasingContent } from 'mdast';
import { offsets, type Document } from './markdown';

export type Kind = 'claim' | 'evidence' | 'challenge';

export const KIND_OF: Record<string, Kind> = {
  claim: 'claim', thesis: 'claim', reason: 'claim',
  evidence: 'evidence', data: 'evidence', source: 'evidence',
  challenge: 'challenge', objection: 'challenge', rebuttal: 'challenge', counter: 'challenge',
};
const WORDS = Object.keys(KIND_OF).join('|');
const PLAIN = new RegExp(`^(${WORDS}):`, 'i');
const BOLD_WITH_COLON = new RegExp(`^\\s*(${WORDS}):\\s*$`, 'i');
const BOLD_ALONE = new RegExp(`^\\s*(${WORDS})\\s*$`, 'i');
/** A footnote call left as text by the parser (its definition is missing): `[^x]`, no whitespace in x. */
export const TEXT_CALL = /\[\^([^[\]\s]+)\]/g;

/** A footnote label as mdast's `identifier` holds it: whitespace runs as one space, trimmed, case folded. */
export function footnoteKey(label: string): string {
  return label.replace(/[\t\n\r ]+/g, ' ').replace(/^ | $/g, '').toLowerCase().toUpperCase().toLowerCase();
}

export interface LinkUse {
  /** The destination: the inline URL, or the definition's for a reference-style link. */
  url: string;
  start: number;
  end: number;
  /** `<https://…>` or a bare GFM URL: the text is the address itself. */
  literal: boolean;
}

export interface CallUse {
  label: string;
  start: number;
  end: number;
}

export interface Plain {
  text: string;
  /** Source offset of each character of `text`. */
  at: number[];
  /** Characters figures are not searched in (code, link text, image alt). */
  masked: boolean[];
  links: LinkUse[];
  calls: CallUse[];
}

function flatText(n: PhrasingContent): string {
  if (n.type === 'text' || n.type === 'inlineCode') return n.value;
  if (n.type === 'break') return ' ';
  if (n.type === 'image' || n.type === 'imageReference') return n.alt ?? '';
  if ('children' in n) return n.children.map((c) => flatText(c as PhrasingContent)).join('');
  return '';
}

/** `[^x]` stands as written at `at` in the source, its `[` not escaped by a backslash. */
function isCallInSource(source: string, at: number, call: string): boolean {
  if (!source.startsWith(call, at)) return false;
  let backslashes = 0;
  for (let i = at - 1; i >= 0 && source[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

/** Plain text of phrasing content, whitespace kept as written (collapsed later). */
export function plainOf(doc: Document, nodes: PhrasingContent[], definitions: Map<string, string>): Plain {
  const out: Plain = { text: '', at: [], masked: [], links: [], calls: [] };
  /** Appends `value`; `at(i)` is the source offset of its i-th character. */
  const add = (value: string, at: (i: number) => number, masked: boolean): void => {
    for (let i = 0; i < value.length; i++) {
      out.text += value[i];
      out.at.push(at(i));
      out.masked.push(masked);
    }
  };
  /**
   * Source offsets of a value that the parser decoded (escapes, entities): each character
   * found a few places on in the source, else where the source has got to.
   */
  const placed = (value: string, start: number, source: string) => {
    const map: number[] = [];
    let j = 0;
    for (const c of value) {
      const k = source.indexOf(c, j);
      const to = k >= 0 && k - j <= 12 ? k : j;
      for (let u = 0; u < c.length; u++) map.push(start + Math.min(to + u, Math.max(0, source.length - 1)));
      j = k >= 0 && k - j <= 12 ? k + c.length : j;
    }
    return (i: number): number => map[i] ?? start;
  };
  const visit = (n: PhrasingContent, masked: boolean): void => {
    const [start, end] = offsets(doc, n);
    const source = doc.text.slice(start, end);
    switch (n.type) {
      case 'text': {
        const at = placed(n.value, start, source);
        let last = 0;
        for (const m of n.value.matchAll(TEXT_CALL)) {
          const s0 = at(m.index ?? 0);
          // CommonMark: `\[` (or `&#91;`) is a literal bracket, so `\[^1]` is text, not a call.
          if (!isCallInSource(doc.text, s0, m[0])) continue;
          const from = last;
          add(n.value.slice(from, m.index), (i) => at(from + i), masked);
          out.calls.push({ label: m[1], start: s0, end: s0 + m[0].length });
          last = (m.index ?? 0) + m[0].length;
        }
        const from = last;
        add(n.value.slice(from), (i) => at(from + i), masked);
        return;
      }
      case 'inlineCode':
        add(n.value, placed(n.value, start, source), true);
        return;
      case 'break':
        add(' ', () => start, true);
        return;
      case 'image':
      case 'imageReference':
        add(n.alt ?? '', () => start, true);
        return;
      case 'footnoteReference':
        out.calls.push({ label: n.label ?? n.identifier, start, end });
        return;
      case 'link': {
        const only = n.children.length === 1 && n.children[0].type === 'text' ? n.children[0].value : undefined;
        const literal = only !== undefined && (only === n.url || `http://${only}` === n.url || `mailto:${only}` === n.url);
        out.links.push({ url: n.url, start, end, literal });
        for (const c of n.children) visit(c, true);
        return;
      }
      case 'linkReference': {
        const url = definitions.get(n.identifier);
        if (url !== undefined) out.links.push({ url, start, end, literal: false });
        for (const c of n.children) visit(c, true);
        return;
      }
      case 'emphasis':
      case 'strong':
      case 'delete':
        for (const c of n.children) visit(c, masked);
        return;
      default:
        return; // inline HTML is never text
    }
  };
  for (const n of nodes) visit(n, false);
  return out;
}

/** Whitespace runs become one space; leading and trailing whitespace goes. */
export function collapse(p: Plain): Plain {
  const out: Plain = { ...p, text: '', at: [], masked: [] };
  for (let i = 0; i < p.text.length; i++) {
    if (/\s/.test(p.text[i])) {
      if (out.text.length && !out.text.endsWith(' ')) {
        out.text += ' ';
        out.at.push(p.at[i]);
        out.masked.push(true);
      }
      continue;
    }
    out.text += p.text[i];
    out.at.push(p.at[i]);
    out.masked.push(p.masked[i]);
  }
  if (out.text.endsWith(' ')) {
    out.text = out.text.slice(0, -1);
    out.at.pop();
    out.masked.pop();
  }
  return out;
}

export interface Labelled {
  kind: Kind;
  label: string;
  /** Offset of the label (its `**` included). */
  start: number;
  /** What follows the label. */
  rest: PhrasingContent[];
}

/** A text node holding the part of `n` after `cut` characters, placed where that part stands. */
function after(doc: Document, n: PhrasingContent & { value: string }, cut: number): PhrasingContent {
  const [start, end] = offsets(doc, n);
  const source = doc.text.slice(start, end);
  const tail = n.value.slice(cut);
  const from = source === n.value ? start + cut : source.endsWith(tail) ? end - tail.length : start;
  const shiftBack = (o: number): number => o - doc.shift;
  return {
    type: 'text',
    value: n.value.slice(cut),
    position: { start: { line: 0, column: 0, offset: shiftBack(from) }, end: { line: 0, column: 0, offset: shiftBack(end) } },
  };
}

/** The label a block's text starts with, if any: `Claim:`, `**Claim:**` or `**Claim**:`, any case. */
export function labelOf(doc: Document, children: PhrasingContent[]): Labelled | undefined {
  const first = children[0];
  if (!first) return undefined;
  const [start] = offsets(doc, first);
  if (first.type === 'text') {
    const m = PLAIN.exec(first.value);
    if (!m) return undefined;
    return { kind: KIND_OF[m[1].toLowerCase()], label: m[1], start, rest: [after(doc, first, m[0].length), ...children.slice(1)] };
  }
  if (first.type !== 'strong') return undefined;
  const inside = flatText(first);
  const withColon = BOLD_WITH_COLON.exec(inside);
  if (withColon) return { kind: KIND_OF[withColon[1].toLowerCase()], label: withColon[1], start, rest: children.slice(1) };
  const alone = BOLD_ALONE.exec(inside);
  const next = children[1];
  if (alone && next?.type === 'text' && next.value.startsWith(':')) {
    return { kind: KIND_OF[alone[1].toLowerCase()], label: alone[1], start, rest: [after(doc, next, 1), ...children.slice(2)] };
  }
  return undefined;
}

/** Whitespace-only text, or text that is only footnote calls left as text. */
function ignorable(n: PhrasingContent): boolean {
  return n.type === 'footnoteReference' || (n.type === 'text' && n.value.replace(TEXT_CALL, '').trim() === '');
}

/**
 * The trailing `{#id}`: at the end of the last text of the content, with only footnote
 * calls and whitespace after it. Returns the id and the plain text without it.
 */
export function trailingId(rest: PhrasingContent[], p: Plain): { id?: string; plain: Plain } {
  const meaningful = rest.filter((n) => !ignorable(n));
  const last = meaningful[meaningful.length - 1];
  if (!last || last.type !== 'text') return { plain: p };
  if (!/\{#[^\s{}]+\}\s*$/.test(last.value.replace(TEXT_CALL, ''))) return { plain: p };
  const trimmed = p.text.replace(/\s+$/, '');
  const m = /\{#([^\s{}]+)\}$/.exec(trimmed);
  if (!m) return { plain: p };
  const keep = trimmed.length - m[0].length;
  return { id: m[1], plain: { ...p, text: p.text.slice(0, keep), at: p.at.slice(0, keep), masked: p.masked.slice(0, keep) } };
}

/** The content is one link and nothing else (whitespace, the trailing id aside): a possible reference. */
export function onlyLink(rest: PhrasingContent[]): PhrasingContent | undefined {
  const meaningful = rest.filter((n) => !(n.type === 'text' && /^\s*(\{#[^\s{}]+\})?\s*$/.test(n.value)));
  if (meaningful.length !== 1) return undefined;
  const only = meaningful[0];
  return only.type === 'link' || only.type === 'linkReference' ? only : undefined;
}
