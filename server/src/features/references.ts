// Find References: on an id, a node's line or a link resolving to a node by its id → every
// link of the workspace's argument files that resolves to that node, each as the range of
// its destination (as VS Code's own Markdown ranges it, so equal entries collapse), plus
// the node on `includeDeclaration`. On a footnote: its calls in the file (and definition).
import type { Location, Position, Range } from 'vscode-languageserver';
import { occurrences, spotAt, type LinkOccurrence } from '../model';
import { designatedNode, nodeRange, type NodeInFile } from './navigationTarget';
import { analysedFiles, uriOf, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

export async function references(
  workspace: ArgumentWorkspace,
  file: AnalysedFile,
  position: Position,
  includeDeclaration: boolean,
): Promise<Location[] | null> {
  const spot = spotAt(file.analysis, position);
  if (spot?.kind === 'footnote') {
    const f = occurrences(file.analysis).footnotes.get(spot.label);
    if (!f) return null;
    const out: Location[] = [];
    if (includeDeclaration && f.definition) out.push({ uri: file.uri, range: f.definition.definition.range });
    for (const c of f.calls) out.push({ uri: file.uri, range: c.ref.range });
    return out;
  }
  const target = await designatedNode(workspace, file, spot);
  if (!target) return null;
  const out: Location[] = includeDeclaration ? [{ uri: target.uri, range: nodeRange(target.node) }] : [];
  for (const link of await linksTo(workspace, target, file)) out.push({ uri: link.uri, range: linkRange(link.occurrence) });
  return out;
}

/** A link and the file it is written in. */
export interface LinkInFile {
  uri: string;
  file: AnalysedFile;
  occurrence: LinkOccurrence;
}

/** Every link of the workspace's argument files that resolves to `target` (by id or slug), file by file in document order. */
export async function linksTo(workspace: ArgumentWorkspace, target: NodeInFile, first?: AnalysedFile): Promise<LinkInFile[]> {
  const out: LinkInFile[] = [];
  const seen = new Set<string>();
  for (const file of await analysedFiles(workspace, first ?? target)) {
    if (seen.has(file.uri)) continue;
    seen.add(file.uri);
    for (const occurrence of occurrences(file.analysis).linksTo(target.analysis.path, target.node.index)) {
      // Same path, but another workspace folder's file of that name is another file.
      if (uriOf(workspace, file, occurrence.path) === target.uri) out.push({ uri: file.uri, file, occurrence });
    }
  }
  // A target outside every folder (or not listed yet) still has its own links.
  if (!seen.has(target.uri)) {
    for (const occurrence of occurrences(target.analysis).linksTo(target.analysis.path, target.node.index)) {
      out.push({ uri: target.uri, file: target, occurrence });
    }
  }
  return out;
}

/** The destination of a link (`#x`, `a.arg.md#x`); the whole link for `[t][ref]`, whose destination is elsewhere. */
export function linkRange(o: LinkOccurrence): Range {
  return o.link.destination ?? o.link.range;
}
