// The argument model's public shapes. Pure data: no vscode, no LSP, no Node built-ins.
// Positions are LSP-ready: 0-based lines, characters counted in UTF-16 code units.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type NodeKind = 'claim' | 'evidence' | 'challenge';
export type Relation = 'supports' | 'attacks';
export type BlockType = 'heading' | 'paragraph' | 'listItem';

export type DiagnosticCode =
  | 'unsupported-claim'
  | 'uncited-evidence'
  | 'unanswered-challenge'
  | 'orphan-evidence'
  | 'empty-node'
  | 'duplicate-id'
  | 'broken-reference'
  | 'undefined-footnote'
  | 'circular-support'
  | 'unsourced-figure'
  | 'figure-mismatch'
  | 'file-too-large'
  | 'nesting-too-deep'
  | 'block-too-large'
  | 'unclosed-code-block'
  | 'label-typo';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A severity setting: `ignore` drops the diagnostic. */
export type SeveritySetting = Severity | 'ignore';

export type FigureKind = 'percent' | 'money' | 'count';

/** A figure found in plain text: offsets are into that text. */
export interface FoundFigure {
  start: number;
  end: number;
  /** The figure as written, e.g. `over 9,200 companies`. */
  text: string;
  /** The number with its scale applied (`$1.2 billion` → 1200000000), rounded to 12 significant digits. */
  value: number;
  kind: FigureKind;
  /**
   * The unit as written, what `figure-mismatch` compares: money its currency (`US$`, `yuan`),
   * a count its noun words (`Chinese firms`), a percent the words right after it (`of its GDP`); '' for none.
   */
  unit: string;
}

/** A figure of a node, placed in the document. */
export interface Figure {
  text: string;
  value: number;
  kind: FigureKind;
  /** As in `FoundFigure`. */
  unit: string;
  range: Range;
}

/** A footnote reference `[^label]` as it stands in the document. */
export interface FootnoteRef {
  /** Normalised label (case-folded, whitespace collapsed). */
  label: string;
  /** The label as written. */
  raw: string;
  range: Range;
}

export interface FootnoteDefinition {
  label: string;
  raw: string;
  /** Plain text of the definition's content. */
  text: string;
  range: Range;
}

/** A link whose destination is an id: `#x` or `path.arg.md#x`. */
export interface IdLink {
  /** Workspace-relative path of the target file (posix), or undefined for this file. */
  file?: string;
  /** The path as written in the link, e.g. `other.arg.md`. */
  rawFile?: string;
  /** Decoded fragment. */
  id: string;
  /** Range of the whole link in the document. */
  range: Range;
  /** An inline link's destination (`#x`, `../a.arg.md#x`), as VS Code's Markdown ranges it; none for `[t][ref]`. */
  destination?: Range;
  /** The fragment's characters after `#` (what a rename replaces). */
  fragment?: Range;
}

/**
 * What a link to an id resolved to in one analysis (`Analysis.links`): its target, or why it
 * is broken. Kept apart from the link, which is the graph's and may be shared by the next
 * analysis's graph.
 */
export interface LinkResolution {
  /** What it resolves to: a node or a heading. */
  target?: LinkTarget;
  /** Why it does not resolve, when it is broken. */
  error?: string;
}

/** The node or heading a link to an id resolves to. */
export interface LinkTarget {
  /** Workspace-relative path when the target is in another file. */
  file?: string;
  /** The target node's index in its file, when it is a node. */
  node?: number;
  kind?: NodeKind;
  /** The node's text, or the heading's text. */
  text: string;
  status?: NodeStatus;
  /** The target's range in its file. */
  range: Range;
}

export type Citation =
  /** `cites`: defined, and the definition says something (not empty, not only `…`). */
  | { kind: 'footnote'; label: string; raw: string; defined: boolean; cites: boolean; range: Range }
  | { kind: 'url'; url: string; range: Range };

export interface ArgNode {
  /** Index in `Analysis.nodes` (document order). */
  index: number;
  /** Explicit `{#id}` if present, else generated from the text (stable while the text is). */
  id: string;
  explicitId: boolean;
  kind: NodeKind;
  /** The label as written, without `**` and colon (`Objection`). */
  label: string;
  blockType: BlockType;
  /** Heading depth for heading nodes. */
  depth?: number;
  /** Plain text after the label: Markdown removed, footnote markers and trailing id dropped, trimmed. */
  text: string;
  /** Plain text of the body paragraphs (list items only), joined by blank lines. */
  body: string;
  /** From the label (with its `**`) to the end of the node's first source line: where diagnostics go. */
  range: Range;
  /** The node and everything nested under it (outline range). */
  fullRange: Range;
  /** The node's own block (first paragraph or heading line), for hovers. */
  blockRange: Range;
  /** Range of the explicit id when there is one: the whole `{#id}` or `<a id="id"></a>`. */
  idRange?: Range;
  /** Range of the id's own characters inside `{#…}` or the anchor's quotes (what rename edits; VS Code's location of an HTML id). */
  idValueRange?: Range;
  /** How the explicit id is written: `{#id}` (`pandoc`) or an empty HTML anchor (`html`). */
  idStyle?: 'pandoc' | 'html';
  /** Figures in the node's text. */
  figures: Figure[];
  /** Figures in the body (evidence states these too). */
  bodyFigures: Figure[];
  /** Citations in text and body, in order. */
  citations: Citation[];
  /** Set when the node's whole text is a link to an id. */
  reference?: IdLink;
  /** Index of the parent node, if any. */
  parent?: number;
  /** Indexes of child nodes in document order. */
  children: number[];
}

/** A heading as the outline and link resolution see it. */
export interface Heading {
  depth: number;
  /** Plain text of the whole heading (label included), as GitHub renders it. */
  text: string;
  /** GitHub slug, `-1`, `-2` on repeats. */
  slug: string;
  range: Range;
  /** Range of the heading and its section (to the next heading of the same or a higher level). */
  sectionRange: Range;
  /** Index of the node this heading is, if labelled. */
  node?: number;
}

export interface ModelDiagnostic {
  code: DiagnosticCode;
  /** The spec's default severity; the server and CLI map settings over it. */
  severity: Severity;
  message: string;
  range: Range;
  /** The node the diagnostic is about, if any. */
  node?: number;
  /** Other places it is about (LSP `relatedInformation`), e.g. the evidence figures a claim's figure differs from. */
  related?: RelatedPlace[];
  /** The text a quick fix puts in place of the range (`figure-mismatch` with one differing figure). */
  replacement?: string;
}

/** An evidence figure a claim's figure is checked against: in file `path` (workspace-relative), node `node` of that file. */
export interface EvidenceFigure {
  path: string;
  node: number;
  /** The figure as the evidence writes it. */
  figure: Figure;
}

/**
 * What the cited evidence below a claim says of one of its figures: stated (`at`, the first such
 * evidence figure), stated differently (`differing`: the same kind and unit, another value; the
 * first few), or not at all.
 */
export type ClaimFigure =
  | { figure: Figure; state: 'stated'; at: EvidenceFigure }
  | { figure: Figure; state: 'mismatch'; differing: EvidenceFigure[] }
  | { figure: Figure; state: 'unsourced' };

/** A place a diagnostic points at: in the file `path` (workspace-relative; the analysed file's own path for this file). */
export interface RelatedPlace {
  path: string;
  range: Range;
  message: string;
}

export interface NodeStatus {
  /** Claims and challenges: supported per the spec (least fixpoint, cycles unsupported). */
  supported: boolean;
  /** Evidence: cited directly or through cited corroborating evidence. */
  cited: boolean;
  /** Attacked by a challenge that no challenge of its own answers. */
  contested: boolean;
}

/** An edge of the argument graph: `from` the child, `to` the parent. */
export interface Edge {
  from: NodeRef;
  to: NodeRef;
  relation: Relation;
  /** Index of the reference node that made this edge, if any. */
  via?: number;
}

/** A node of another file, as this file's graph names it. */
export interface ExternalNodeRef {
  /** The file as this file's first reference to it writes it (relative to this file). */
  file: string;
  id: string;
  /** Workspace-relative posix path of the file, when the reference resolved. */
  path?: string;
  /** The node's index in its file, when the reference resolved. */
  node?: number;
  kind?: NodeKind;
  status?: NodeStatus;
}

/**
 * A graph node, the one encoding shared by every reader: an index into this file's
 * nodes, or a node of another file. Edges made by the analysis always carry the
 * external node's `path`, `node`, `kind` and `status`.
 */
export type NodeRef = { local: number } | ExternalNodeRef;

export interface Analysis {
  /** Workspace-relative posix path of the file, as given. */
  path: string;
  /** Number of lines in the document. */
  lineCount: number;
  /** All nodes in document order, reference nodes included. */
  nodes: ArgNode[];
  status: NodeStatus[];
  /** Graph edges; references are resolved: an edge from the target to the reference's parent. */
  edges: Edge[];
  /**
   * Each reference node that resolved to a node (index → that node), whether or not it
   * has a parent. Resolved once by the analysis; export, hover and symbols read it here.
   * The target's status is `status[index]` of the reference node (or the external ref's `status`).
   */
  referenceTargets: Map<number, NodeRef>;
  headings: Heading[];
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  footnoteRefs: FootnoteRef[];
  idLinks: IdLink[];
  /** What each link to an id resolved to: every `idLinks` entry and every reference node's `reference`. */
  links: Map<IdLink, LinkResolution>;
  diagnostics: ModelDiagnostic[];
  /** True when the file is over the size limit and was not analysed. */
  tooLarge: boolean;
  /** Each claim's own figures (claim index → one entry per figure, in order): where cited evidence below it states them. */
  claimFigures?: Map<number, ClaimFigure[]>;
  /** Workspace-relative paths of the other files this analysis read (transitively), for re-analysis when they change. */
  dependencies: string[];
}

/**
 * Reads other files of the workspace for cross-file references, synchronously.
 * `path` is workspace-relative and posix, already normalised and inside the workspace.
 * Returns the text, or `{ error }` with a reason to show (missing, a directory, binary…).
 */
export type FileReader = (path: string) => string | { error: string };

/**
 * One file's graph before references are resolved: what `graph.ts` builds and a `GraphCache`
 * keeps. Nothing changes it once built (the analysis keeps what it resolves apart): its
 * nodes, headings and links may be shared by the graph of the next version of the file.
 */
export interface FileGraph {
  path: string;
  lineCount: number;
  end: Position;
  nodes: ArgNode[];
  headings: Heading[];
  /** Slugs of every heading in the file (nested ones too). */
  slugs: Map<string, number | undefined>;
  /** Explicit id → the node that defines it first. */
  ids: Map<string, number>;
  /** Nodes whose explicit id was already taken. */
  duplicateIds: number[];
  footnoteDefinitions: Map<string, FootnoteDefinition>;
  footnoteRefs: FootnoteRef[];
  /** Links to ids outside reference nodes. */
  idLinks: IdLink[];
  /** Chunks left unparsed because they nest too deeply: where, and how deep (estimated). */
  tooDeep: { range: Range; depth?: number }[];
  /** Blocks over `argmap.maxBlockSize`, whose inline content was not parsed: size in UTF-8 bytes, and the limit. */
  largeBlocks: { range: Range; size: number; max: number }[];
  /** A fenced code or raw HTML block open at the end of the file (`unclosed-code-block`). */
  unclosed?: UnclosedBlock;
  /** Blocks that start like a label but are not one (`label-typo`), in document order. */
  labelTypos: LabelTypo[];
}

/** A fenced code or raw HTML block that is never closed and runs to the end of the file. */
export interface UnclosedBlock {
  kind: 'code' | 'html';
  /** The opening line, from the fence (or `<`) to the line's end. */
  range: Range;
  /** What would close it: the fence again, or the HTML end (`-->`, `</script>`…). */
  closer: string;
}

/** Why a would-be label is not one: `Claim :`, `- Claims:`, `*Claim:*`, `**Claim:**text`. */
export type TypoReason = 'space' | 'plural' | 'emphasis' | 'glued';

/** A heading, paragraph or list item that starts like a label but stays prose. */
export interface LabelTypo {
  /** The would-be label, emphasis marks and colon included. */
  range: Range;
  /** The would-be label as written (`Claims :`, `*Claim:*`). */
  written: string;
  /** The label it would be, in the word's own case (`Claim`). */
  label: string;
  kind: NodeKind;
  reason: TypoReason;
  blockType: BlockType;
}

/**
 * Parsed graphs of other files, kept by the caller between analyses (the model keeps no
 * state of its own). `get` answers only for the same text; `createGraphCache` makes one.
 */
export interface GraphCache {
  get(path: string, text: string): FileGraph | undefined;
  set(path: string, text: string, graph: FileGraph): void;
}

export interface AnalyzeOptions {
  /** Workspace-relative posix path of this file; cross-file references resolve relative to it. */
  path?: string;
  /** Reads other files; without it, cross-file references are broken ("no workspace"). */
  readFile?: FileReader;
  /** UTF-8 byte limit (`argmap.maxFileSize`); default `DEFAULT_MAX_FILE_SIZE`. */
  maxFileSize?: number;
  /** UTF-8 byte limit of one block (`argmap.maxBlockSize`); default `DEFAULT_MAX_BLOCK_SIZE`. */
  maxBlockSize?: number;
  /** Graphs of other files from earlier analyses; without it, every referenced file is parsed each time. */
  graphCache?: GraphCache;
}

/** The diagnostic codes and the default severity of each, as the spec's table gives it: the one table. */
export const DEFAULT_SEVERITY: Readonly<Record<DiagnosticCode, Severity>> = {
  'unsupported-claim': 'warning',
  'uncited-evidence': 'warning',
  'unanswered-challenge': 'information',
  'orphan-evidence': 'warning',
  'empty-node': 'error',
  'duplicate-id': 'error',
  'broken-reference': 'error',
  'undefined-footnote': 'error',
  'circular-support': 'warning',
  'unsourced-figure': 'information',
  'figure-mismatch': 'warning',
  'file-too-large': 'information',
  'nesting-too-deep': 'information',
  'block-too-large': 'information',
  'unclosed-code-block': 'warning',
  'label-typo': 'information',
};

/** Every diagnostic code, in the table's order. */
export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITY) as DiagnosticCode[];
