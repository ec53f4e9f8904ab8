// What every importer produces before it is written as Markdown: statements, who supports or
// attacks whom, sections, and what the source said that argmap has no place for.

/** The label a node is written with where it stands (its kind follows from it). */
export type ImportLabel = 'Claim' | 'Reason' | 'Evidence' | 'Challenge';

export interface ImportNode {
  /** Unique within one import; edges name nodes by it. */
  key: string;
  /** The id written as `{#id}`: unique, `[^\s{}]+`. */
  id: string;
  /** The statement's text, word for word (one line). */
  text: string;
  /** Further lines of the text: they continue the node's paragraph. */
  body?: string[];
  /** What the source said about the node that has no place in argmap: kept in an HTML comment. */
  notes?: string[];
  /** Index into `ImportMap.sections`; roots are written under that heading. */
  section?: number;
  /** 1-based line of the node in the source, for messages. */
  line: number;
}

export interface ImportEdge {
  /** The child: it supports or attacks `to`. */
  from: string;
  to: string;
  /** The label the child takes where it is written under `to`. */
  label: Exclude<ImportLabel, 'Claim'>;
  /** 1-based source line of the relation: children are written in this order. */
  line?: number;
  /** Always written as a reference: the child has its own place elsewhere (Kialo's `-> See`). */
  link?: boolean;
}

export interface ImportSection {
  title: string;
  /** Heading level, 1–6. */
  level: number;
  /** Kept in an HTML comment at the end of the heading. */
  notes?: string[];
}

export interface ImportMap {
  /** Front matter `title`, when the source has one. */
  title?: string;
  /** An unlabelled `#` heading at the top, when the source has one (Kialo's discussion title). */
  heading?: string;
  /** Further front matter, written as `key: <JSON>` lines (JSON is YAML). */
  frontMatter?: Record<string, unknown>;
  nodes: ImportNode[];
  edges: ImportEdge[];
  sections: ImportSection[];
}

/** Something the source said that argmap cannot represent: reported on stderr (and in the file). */
export interface ImportNote {
  line: number;
  message: string;
}

export interface ImportResult {
  markdown: string;
  notes: ImportNote[];
}

/** The source cannot be imported: said on stderr with the line, exit 2. */
export class ImportError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
