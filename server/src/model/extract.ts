// One chunk's mdast → a skeleton of its blocks with node drafts, plus everything that
// must be joined document-wide (footnotes, links, definitions). Positions here are
// relative to the chunk: line 0 is the chunk's first line. No key is ever set to
// `undefined` (an optional field is left out instead): a result then comes through JSON
// unchanged, which is how the parse workers send it (pool/parseWorker.ts).
import type { Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { slug } from 'github-slugger';
import { linkDestination } from './destination';
import { trailingAnchor, type Anchor } from './anchors';
import { fillPositions } from './fillPositions';
import { findFigures } from './figures';
import { kindOfLabel } from './labels';
import { findLabel } from './labelStart';
import { InlineText, mdastText, type LinkCall } from './inlineText';
import { lineEnd } from './parse/lines';
import { Locator } from './positions';
import { labelTypo, unclosedBlock } from './traps';
import type { BlockType, Figure, Range } from './types';
import type { Block, ChunkResult, CitationDraft, Item, LinkDraft, NodeDraft } from './drafts';


const WANTED = /\[([^[\]]+)\]/g;

export function extractChunk(root: Root, text: string, limit: number): ChunkResult {
  if (text.charCodeAt(0) === 0xfeff) shiftOffsets(root, 1);
  fillPositions(root, text);
  return new Extractor(text, limit).run(root);
}

/** micromark drops a byte-order mark at its input's start and counts offsets without it: put it back. */
function shiftOffsets(root: Root, by: number): void {
  const stack: Nodes[] = [root];
  while (stack.length) {
    const n = stack.pop() as Nodes;
    if (n.position) {
      if (n.position.start.offset !== undefined) n.position.start.offset += by;
      if (n.position.end.offset !== undefined) n.position.end.offset += by;
    }
    if ('children' in n) for (const c of n.children) stack.push(c as Nodes);
  }
}

/** A chunk result with nothing in it yet. */
export function emptyChunkResult(): ChunkResult {
  return { blocks: [], headingTexts: [], footnoteDefinitions: [], footnoteCalls: [], links: [], definitions: [], wanted: [], labelTypos: [] };
}

class Extractor {
  private readonly loc: Locator;
  private readonly result: ChunkResult = emptyChunkResult();
  /** Prose blocks already looked at (a prose item's first paragraph is met twice): their calls and typo count once. */
  private readonly proseSeen = new WeakSet<Paragraph | Heading>();

  /** `limit`: offsets at or past it belong to definitions appended for parsing, not to the chunk. */
  constructor(
    private readonly text: string,
    private readonly limit: number,
  ) {
    this.loc = new Locator(text, limit);
  }

  run(root: Root): ChunkResult {
    const children = root.children.filter((c) => (c.position?.start.offset ?? 0) < this.limit);
    this.result.blocks = this.blocks(children);
    const last = children[children.length - 1];
    if (last?.position) {
      // Clamped: an open fence or HTML block runs on into the definitions appended for parsing.
      this.result.last = { type: last.type, start: last.position.start.offset ?? 0, end: Math.min(this.limit, last.position.end.offset ?? 0) };
    }
    const open = unclosedBlock(root, this.text, this.limit);
    if (open) this.result.unclosed = { kind: open.kind, closer: open.closer, range: this.loc.range(open.start, lineEnd(this.text, open.start)) };
    return this.result;
  }

  private range(node: Nodes): Range {
    return this.loc.range(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  }

  /** A container's blocks; block quotes are transparent. */
  private blocks(children: readonly RootContent[], nested = false): Block[] {
    const out: Block[] = [];
    // Explicit stack so that deeply nested block quotes cannot overflow the call stack.
    const stack: { nodes: readonly RootContent[]; i: number }[] = [{ nodes: children, i: 0 }];
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.i >= top.nodes.length) {
        stack.pop();
        continue;
      }
      const node = top.nodes[top.i++];
      switch (node.type) {
        case 'blockquote':
          stack.push({ nodes: node.children, i: 0 });
          break;
        case 'heading':
          out.push(this.heading(node, nested));
          break;
        case 'paragraph': {
          const draft = this.labelled(node, 'paragraph');
          out.push(draft ? { type: 'paragraph', node: draft } : { type: 'paragraph' });
          break;
        }
        case 'list':
          out.push(this.list(node, stack.length > 1));
          break;
        case 'definition':
          // Invisible when rendered: not a block between a paragraph and its list.
          if ((node.position?.start.offset ?? 0) < this.limit && !this.result.definitions.some(([id]) => id === node.identifier)) {
            this.result.definitions.push([node.identifier, node.url]);
          }
          break;
        case 'footnoteDefinition':
          this.result.footnoteDefinitions.push({
            raw: node.label ?? node.identifier,
            text: mdastText(node).replace(/\s+/g, ' ').trim(),
            range: this.range(node),
          });
          this.collectCalls(node);
          out.push({ type: 'other' });
          break;
        case 'yaml':
          break;
        case 'table':
          this.collectCalls(node);
          out.push({ type: 'other' });
          break;
        default:
          // Code, HTML, thematic breaks: never nodes, and nothing to resolve inside.
          out.push({ type: 'other' });
      }
    }
    return out;
  }

  private heading(node: Heading, nested: boolean): Block {
    const text = mdastText(node, true).trim();
    this.result.headingTexts.push({ text, slug: slug(text), top: !nested });
    const block: Extract<Block, { type: 'heading' }> = { type: 'heading', depth: node.depth, text, range: this.range(node) };
    const draft = this.labelled(node, 'heading');
    if (draft) block.node = draft;
    return block;
  }

  /** `quoted`: the list stands in a block quote, so it is never the list before it going on. */
  private list(node: List, quoted = false): Block {
    const first = node.children[0];
    const marker = first?.position ? this.text.charAt(this.markerOffset(first)) : '-';
    const key = `${quoted ? '>' : ''}${node.ordered ? 'ordered' : 'bullet'}${marker}`;
    return { type: 'list', key, items: node.children.map((item) => this.item(item)) };
  }

  /** Offset of a list item's marker character that tells lists apart (`-`, `*`, `+`, `.`, `)`). */
  private markerOffset(item: ListItem): number {
    let i = item.position?.start.offset ?? 0;
    while (i < this.text.length && /[ \t]/.test(this.text[i])) i++;
    while (i < this.text.length && /[0-9]/.test(this.text[i])) i++;
    return i;
  }

  private item(item: ListItem): Item {
    const [first, ...rest] = item.children;
    const node = first && (first.type === 'paragraph' || first.type === 'heading') ? this.labelled(first, 'listItem') : undefined;
    if (!node) return { blocks: this.blocks(item.children, true) };
    if (first.type === 'heading') {
      const text = mdastText(first, true).trim();
      this.result.headingTexts.push({ text, slug: slug(text), top: false });
    }
    node.itemRange = this.range(item);
    const blocks = this.blocks(rest, true);
    // The item's unlabelled paragraphs are its body.
    const bodies = rest.filter((b): b is Paragraph => b.type === 'paragraph' && !findLabel(b.children, this.text));
    if (bodies.length) this.addBody(node, bodies);
    return { node, blocks };
  }

  private addBody(node: NodeDraft, paragraphs: Paragraph[]): void {
    const texts: string[] = [];
    for (const p of paragraphs) {
      const plain = new InlineText(this.text);
      plain.addPhrasing(p.children);
      texts.push(plain.finalText());
      // The body's paragraphs are also prose blocks of the item, which record their calls.
      node.citations.push(...this.citations(plain, false));
      node.bodyFigures.push(...this.figures(plain));
    }
    node.body = texts.filter(Boolean).join('\n\n');
  }

  /** A node draft when the paragraph or heading starts with a label. */
  private labelled(block: Paragraph | Heading, blockType: BlockType): NodeDraft | undefined {
    const label = findLabel(block.children, this.text);
    if (!label) {
      if (this.proseSeen.has(block)) return undefined;
      this.proseSeen.add(block);
      this.collectCalls(block);
      this.checkTypo(block, blockType);
      return undefined;
    }
    const plain = new InlineText(this.text);
    if (label.restText) plain.addText(label.restText.value, label.restText.start, label.restText.end, false);
    plain.addPhrasing(label.rest);

    const draft: NodeDraft = {
      kind: kindOfLabel(label.word),
      label: label.word,
      blockType,
      text: '',
      slug: '',
      body: '',
      range: this.loc.range(label.start, lineEnd(this.text, label.start)),
      blockRange: this.range(block),
      figures: [],
      bodyFigures: [],
      citations: [],
    };
    if (block.type === 'heading') draft.depth = block.depth;

    // A trailing `{#id}` names the node; else an empty `<a id="x"></a>` ending its first line.
    const end = plain.effectiveEnd();
    const id = /\{#([^\s{}]+)\}$/.exec(plain.raw.slice(0, end));
    let anchor: Anchor | undefined;
    if (id) {
      const start = end - id[0].length;
      draft.explicitId = id[1];
      const [s, e] = plain.sourceRange(start, end);
      draft.idRange = this.loc.range(s, e);
      draft.idValueRange = this.loc.range(s + 2, e - 1);
      draft.idStyle = 'pandoc';
      plain.drop(start, end);
    } else if ((anchor = trailingAnchor(block.children, this.text, label.start))) {
      draft.explicitId = anchor.id;
      draft.idRange = this.loc.range(anchor.start, anchor.end);
      draft.idValueRange = this.loc.range(anchor.valueStart, anchor.valueEnd);
      draft.idStyle = 'html';
    }
    draft.text = plain.finalText();
    draft.slug = slug(draft.text).slice(0, 80);
    const reference = this.reference(label.rest, label.restText?.value, plain, anchor);
    if (reference) draft.reference = reference;
    draft.citations = this.citations(plain);
    draft.figures = this.figures(plain);
    return draft;
  }

  private checkTypo(block: Paragraph | Heading, blockType: BlockType): void {
    // The block's text ends with its last inline node (a setext underline is not text).
    const textEnd = block.children[block.children.length - 1]?.position?.end.offset ?? 0;
    const typo = labelTypo(block.children[0], this.text, blockType, Math.min(this.limit, textEnd));
    if (!typo) return;
    const { start, end, ...rest } = typo;
    this.result.labelTypos.push({ ...rest, blockType, range: this.loc.range(start, end) });
  }

  /** The node's only content is one link (to an id, checked later): a reference. */
  private reference(rest: PhrasingContent[], restText: string | undefined, plain: InlineText, anchor?: Anchor): LinkDraft | undefined {
    // The id, in either form, is not content.
    const isId = (n: PhrasingContent): boolean =>
      (n.type === 'text' && /^\s*(\{#[^\s{}]+\})?\s*$/.test(n.value)) ||
      (anchor !== undefined && n.type === 'html' && (n.position?.start.offset ?? -1) >= anchor.start && (n.position?.end.offset ?? -1) <= anchor.end);
    if (restText !== undefined && restText.trim() !== '') return undefined;
    // The one meaningful node; a second one ends the search (a long paragraph has thousands).
    let only: PhrasingContent | undefined;
    for (const n of rest) {
      if (isId(n)) continue;
      if (only) return undefined;
      only = n;
    }
    if (!only) return undefined;
    if (only.type !== 'link' && only.type !== 'linkReference') return undefined;
    const call = plain.links.find((l) => l.start === only.position?.start.offset);
    if (!call || call.literal) return undefined;
    plain.links.splice(plain.links.indexOf(call), 1);
    this.result.links.push(...plain.links.map((l) => this.linkDraft(l)));
    plain.links.length = 0;
    return this.linkDraft(call);
  }

  private linkDraft(l: LinkCall): LinkDraft {
    const draft: LinkDraft = { range: this.loc.range(l.start, l.end) };
    if (l.url !== undefined) draft.url = l.url;
    if (l.identifier !== undefined) draft.identifier = l.identifier;
    const span = l.url !== undefined && l.url.includes('#') ? linkDestination(this.text, l.start, l.end) : undefined;
    if (span) {
      draft.destination = this.loc.range(...span.destination);
      if (span.fragment) draft.fragment = this.loc.range(...span.fragment);
    }
    return draft;
  }

  /** Footnote calls and links of a node's text: recorded document-wide, and as the node's citations. */
  private citations(plain: InlineText, record = true): CitationDraft[] {
    const out: CitationDraft[] = [];
    for (const f of plain.footnotes) {
      const range = this.loc.range(f.start, f.end);
      if (record) this.result.footnoteCalls.push({ raw: f.raw, range });
      out.push({ kind: 'footnote', raw: f.raw, range });
    }
    for (const l of plain.links) {
      const draft = this.linkDraft(l);
      if (record) this.result.links.push(draft);
      const citation: Extract<CitationDraft, { kind: 'link' }> = { kind: 'link', range: draft.range };
      if (l.url !== undefined) citation.url = l.url;
      if (l.identifier !== undefined) citation.identifier = l.identifier;
      out.push(citation);
    }
    if (record) this.want(plain.raw);
    return out;
  }

  private figures(plain: InlineText): Figure[] {
    return findFigures(plain.masked()).map((f) => {
      const [s, e] = plain.sourceRange(f.start, f.end);
      // -0 is 0 (JSON, which carries the workers' results, knows no -0).
      return { text: plain.raw.slice(f.start, f.end).replace(/\s+/g, ' '), value: f.value === 0 ? 0 : f.value, kind: f.kind, unit: f.unit, range: this.loc.range(s, e) };
    });
  }

  /** Footnote calls and links anywhere under a block that is not a node (prose, tables, footnote definitions). */
  private collectCalls(node: Nodes): void {
    const stack: Nodes[] = [node];
    while (stack.length) {
      const n = stack.pop() as Nodes;
      if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
        const plain = new InlineText(this.text);
        plain.addPhrasing(n.children);
        this.citations(plain);
      } else if ('children' in n) {
        for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as Nodes);
      }
    }
  }

  private want(raw: string): void {
    if (!raw.includes('[')) return;
    WANTED.lastIndex = 0;
    for (let m = WANTED.exec(raw); m; m = WANTED.exec(raw)) {
      if (!m[1].startsWith('^')) this.result.wanted.push(m[1]);
    }
  }
}
