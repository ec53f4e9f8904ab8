// Plain text of inline Markdown, with a map back to source offsets, so figures and
// ids found in the text get document ranges. Footnote markers, ids, code and link
// text are "masked" (kept out of figure search); markers and ids are also dropped
// from the node's text.
import type { Nodes, PhrasingContent } from 'mdast';

interface Segment {
  /** Offset in the plain text. */
  at: number;
  /** Source offsets of the piece (chunk-relative). */
  src: number;
  srcEnd: number;
  /** True when the source slice is exactly the plain text (no escapes, no stripped indentation). */
  exact: boolean;
}

export interface FootnoteCall {
  raw: string;
  start: number;
  end: number;
}

export interface LinkCall {
  url?: string;
  identifier?: string;
  start: number;
  end: number;
  /** True when the link's text is its URL (autolink, bare URL). */
  literal: boolean;
}

/** Children still to be added, and whether their text is masked. */
interface Nested {
  nodes: readonly PhrasingContent[];
  i: number;
  masked: boolean;
}

const TEXT_FOOTNOTE = /\[\^([^[\]\s]+)\]/g;

/** The text of phrasing content with a map back to source offsets (not `plainText`, which makes one printable line). */
export class InlineText {
  raw = '';
  /** Same length as `raw`; masked characters are spaces. */
  private maskParts: string[] = [];
  private segments: Segment[] = [];
  private drops: [number, number][] = [];
  readonly footnotes: FootnoteCall[] = [];
  readonly links: LinkCall[] = [];

  constructor(private readonly source: string) {}

  /** Adds a text value found at [src, srcEnd) of the source. */
  addText(value: string, src: number, srcEnd: number, masked: boolean): void {
    const at = this.raw.length;
    const exact = srcEnd - src === value.length && this.source.startsWith(value, src);
    this.segments.push({ at, src, srcEnd, exact });
    this.raw += value;
    this.maskParts.push(masked ? ' '.repeat(value.length) : value);
    if (masked) return;
    // `[^x]` whose definition lies outside this chunk stays plain text to the parser.
    TEXT_FOOTNOTE.lastIndex = 0;
    for (let m = TEXT_FOOTNOTE.exec(value); m; m = TEXT_FOOTNOTE.exec(value)) {
      const start = at + m.index;
      const end = start + m[0].length;
      const [s, e] = this.sourceRange(start, end);
      // `\[^1]` (or a bracket from an escape or entity) is literal text to CommonMark, not a call.
      if (this.source.slice(s, e) !== m[0] || escaped(this.source, s)) continue;
      this.drops.push([start, end]);
      this.mask(start, end);
      this.footnotes.push({ raw: m[1], start: s, end: e });
    }
  }

  addPhrasing(nodes: readonly PhrasingContent[], masked = false): void {
    // An explicit stack: inline content nests as deep as the text asks (emphasis in
    // emphasis, thousands of levels), deeper than the call stack goes.
    const stack: Nested[] = [{ nodes, i: 0, masked }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i >= top.nodes.length) stack.pop();
      else {
        const inner = this.addNode(top.nodes[top.i++], top.masked);
        if (inner) stack.push(inner);
      }
    }
  }

  /** Adds a node's own text; returns its children when they are to be added next. */
  private addNode(node: PhrasingContent, masked: boolean): Nested | undefined {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    switch (node.type) {
      case 'text':
        this.addText(node.value, start, end, masked);
        return;
      case 'inlineCode':
        this.addText(node.value, start, end, true);
        return;
      case 'break':
        this.addText(' ', start, end, true);
        return;
      case 'emphasis':
      case 'strong':
      case 'delete':
        return { nodes: node.children, i: 0, masked };
      case 'link': {
        const text = node.children.length === 1 && node.children[0].type === 'text' ? node.children[0].value : undefined;
        const literal = text !== undefined && (text === node.url || `mailto:${text}` === node.url || `http://${text}` === node.url);
        this.links.push({ url: node.url, start, end, literal });
        return { nodes: node.children, i: 0, masked: true };
      }
      case 'linkReference':
        this.links.push({ identifier: node.identifier, start, end, literal: false });
        return { nodes: node.children, i: 0, masked: true };
      case 'footnoteReference':
        this.footnotes.push({ raw: node.label ?? node.identifier, start, end });
        return;
      case 'image':
        this.addText(node.alt ?? '', start, end, true);
        return;
      case 'imageReference':
        this.addText(node.alt ?? '', start, end, true);
        return;
      default:
        // Inline HTML is never part of a node's text.
        return;
    }
  }

  /** Marks [start, end) of the plain text as left out of figure search. */
  mask(start: number, end: number): void {
    this.pendingMasks.push([start, end]);
  }

  private pendingMasks: [number, number][] = [];

  /** Marks [start, end) as dropped from the node's text (and masked). */
  drop(start: number, end: number): void {
    this.drops.push([start, end]);
    this.mask(start, end);
  }

  /** The plain text for figure search: masked parts are spaces. */
  masked(): string {
    let s = this.maskParts.join('');
    for (const [a, b] of this.pendingMasks) s = s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
    return s;
  }

  /** `raw` without dropped parts, whitespace collapsed, trimmed. */
  finalText(): string {
    let out = '';
    let pos = 0;
    const drops = [...this.drops].sort((x, y) => x[0] - y[0]);
    for (const [a, b] of drops) {
      if (a < pos) {
        pos = Math.max(pos, b);
        continue;
      }
      out += this.raw.slice(pos, a);
      pos = b;
    }
    out += this.raw.slice(pos);
    return out.replace(/\s+/g, ' ').trim();
  }

  /** End of the text once trailing whitespace and dropped parts are ignored. */
  effectiveEnd(): number {
    let end = this.raw.length;
    for (;;) {
      while (end > 0 && /\s/.test(this.raw[end - 1])) end--;
      const drop = this.drops.find(([a, b]) => b === end && a < end);
      if (!drop) return end;
      end = drop[0];
    }
  }

  /** Source offsets (chunk-relative) of the plain-text range [start, end). */
  sourceRange(start: number, end: number): [number, number] {
    const i = this.segmentAt(start);
    const j = this.segmentAt(Math.max(start, end - 1));
    if (i < 0 || j < 0) return [0, 0];
    const first = this.segments[i];
    const last = this.segments[j];
    // An inexact segment is searched only for the part of the range that lies in it.
    const firstEnd = Math.min(end, this.segments[i + 1]?.at ?? this.raw.length);
    const s = first.exact ? first.src + (start - first.at) : this.search(first, start, firstEnd)?.[0] ?? first.src;
    const e = last.exact ? last.src + (end - last.at) : this.search(last, Math.max(start, last.at), end)?.[1] ?? last.srcEnd;
    return [s, Math.max(s, e)];
  }

  /** Where the plain text [start, end) of an inexact segment stands in its source, if it can be found. */
  private search(seg: Segment, start: number, end: number): [number, number] | undefined {
    const needle = this.raw.slice(start, end);
    // Escapes, entities and indentation only make the source longer: the text cannot stand
    // earlier in it than in the plain text (so a repeated text is not taken for its first copy).
    const i = this.source.slice(seg.src, seg.srcEnd).indexOf(needle, start - seg.at);
    return i >= 0 ? [seg.src + i, seg.src + i + needle.length] : undefined;
  }

  /** Index of the segment holding plain-text offset `offset`, or -1. */
  private segmentAt(offset: number): number {
    const segs = this.segments;
    let lo = 0;
    let hi = segs.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid].at <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }
}

/** True when the character at `at` is escaped by an odd run of backslashes before it. */
function escaped(source: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && source.charCodeAt(at - n - 1) === 0x5c) n++;
  return n % 2 === 1;
}

/**
 * The text of a node as mdast-util-to-string gives it (values, image alts, children in
 * order), without its recursion: headings and footnote definitions nest inline content as
 * deep as the text asks. `withoutHtml` leaves inline HTML out, as a heading's rendered text
 * (and so its GitHub slug) does: `## Claim: x <a id="x"></a>` is `claim-x`.
 */
export function mdastText(node: Nodes, withoutHtml = false): string {
  let out = '';
  const stack: Nodes[] = [node];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (withoutHtml && n.type === 'html') continue;
    if ('value' in n) out += n.value;
    else if ('alt' in n && n.alt) out += n.alt;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
  }
  return out;
}
