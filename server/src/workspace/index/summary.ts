// What the index keeps of one closed file: enough to publish its diagnostics, to know
// which files it reads, and to list its nodes and links without parsing it again. Plain
// data, so that it round-trips through the disk cache as JSON.
import type { Analysis, ModelDiagnostic, NodeKind, Range } from '../../model';

/** Workspace symbols and references cut a node's text here (the spec's 120 characters). */
const MAX_TEXT = 120;

export interface NodeSummary {
  id: string;
  explicitId: boolean;
  kind: NodeKind;
  text: string;
  range: Range;
}

export interface LinkSummary {
  /** Workspace-relative path of the target file, or undefined for a link inside the file. */
  file?: string;
  id: string;
  range: Range;
}

export interface FileSummary {
  lineCount: number;
  nodes: NodeSummary[];
  /** Links to ids (`#x`, `other.arg.md#x`), reference nodes' links included. */
  links: LinkSummary[];
  /** The model's diagnostics, before severity settings (those apply when publishing). */
  diagnostics: ModelDiagnostic[];
  /** Workspace-relative paths of the files the analysis read (transitively). */
  dependencies: string[];
}

export function summarize(analysis: Analysis): FileSummary {
  const links: LinkSummary[] = analysis.idLinks.map((l) => ({ file: l.file, id: l.id, range: l.range }));
  for (const node of analysis.nodes) {
    const r = node.reference;
    if (r) links.push({ file: r.file, id: r.id, range: r.range });
  }
  return {
    lineCount: analysis.lineCount,
    nodes: analysis.nodes.map((n) => ({ id: n.id, explicitId: n.explicitId, kind: n.kind, text: n.text.slice(0, MAX_TEXT), range: n.range })),
    links,
    diagnostics: analysis.diagnostics,
    dependencies: analysis.dependencies,
  };
}
