// The shapes one chunk's extraction yields (extract.ts) and graph.ts places in the
// document: drafts of nodes, links, citations and footnotes, with chunk-relative ranges.
import type { IdStyle } from './anchors';
import type { BlockType, Figure, LabelTypo, NodeKind, Range, UnclosedBlock } from './types';

export interface FootnoteCallDraft {
  raw: string;
  range: Range;
}

export interface LinkDraft {
  url?: string;
  identifier?: string;
  range: Range;
  /** An inline link's destination and its fragment (see destination.ts). */
  destination?: Range;
  fragment?: Range;
}

export type CitationDraft =
  | { kind: 'footnote'; raw: string; range: Range }
  | { kind: 'link'; url?: string; identifier?: string; range: Range };

export interface NodeDraft {
  kind: NodeKind;
  label: string;
  blockType: BlockType;
  depth?: number;
  text: string;
  /** The text's slug (the base of a generated id), computed once with the chunk. */
  slug: string;
  body: string;
  range: Range;
  blockRange: Range;
  /** The list item's whole range, for list-item nodes. */
  itemRange?: Range;
  explicitId?: string;
  idRange?: Range;
  idValueRange?: Range;
  idStyle?: IdStyle;
  figures: Figure[];
  bodyFigures: Figure[];
  citations: CitationDraft[];
  reference?: LinkDraft;
}

export type Block =
  | { type: 'heading'; depth: number; text: string; range: Range; node?: NodeDraft }
  | { type: 'paragraph'; node?: NodeDraft }
  | { type: 'list'; key: string; items: Item[] }
  | { type: 'other' };

export interface Item {
  node?: NodeDraft;
  /** The item's blocks after its first paragraph (all of them when that is not a node). */
  blocks: Block[];
}

export interface FootnoteDefinitionDraft {
  raw: string;
  text: string;
  range: Range;
}

export interface ChunkResult {
  blocks: Block[];
  /** Every heading's text in order (slugs count all headings, nested ones too); `top` when not inside a list item. */
  headingTexts: { text: string; slug: string; top: boolean }[];
  footnoteDefinitions: FootnoteDefinitionDraft[];
  footnoteCalls: FootnoteCallDraft[];
  /** Links outside nodes' reference position, for id resolution. */
  links: LinkDraft[];
  /** Link reference definitions made in this chunk: identifier → url, first wins. */
  definitions: [string, string][];
  /** Bracketed texts that might be references to definitions made elsewhere (raw). */
  wanted: string[];
  /** The last top-level block's type and offsets, to detect constructs a cut cannot end. */
  last?: { type: string; start: number; end: number };
  /**
   * Set when the chunk was not parsed because it nests too deeply (see `tooDeep` in blocks.ts):
   * the offending line, and the estimated depth (none when the parser itself ran out of stack).
   */
  tooDeep?: { range: Range; depth?: number };
  /** Blocks over `argmap.maxBlockSize` whose inline content was not parsed (`block-too-large`): size in UTF-8 bytes, and the limit. */
  largeBlocks?: { range: Range; size: number; max: number }[];
  /** A fence or raw HTML block open at the chunk's end: the file's, when this is its last chunk. */
  unclosed?: UnclosedBlock;
  /** Headings, paragraphs and list items that start like a label but are not one. */
  labelTypos: LabelTypo[];
}
