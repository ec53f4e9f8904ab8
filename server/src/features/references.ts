// Find References: on an id, a node's line or a link resolving to a node by its id → every
// link of the workspace's argument files that resolves to that node, each as the range of
// its destination (as VS Code's own Markdown ranges it, so equal entries collapse), plus
// the node on `includeDeclaration`. On a footnote: its calls in the file (and definition).
import type { Location, Position, Range } from 'vscode-languageserver';
import { occurrences, spotAt } from '../model';
import { designatedNode, nodeRange, type NodeInFile } from './navigationTarget';
import type { AnalysedFile, ArgumentWorkspace } from './workspaceFiles';
import { linksInto, type FoundLink, type LinkInFile } from './workspaceLinks';

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
  for (const found of await linksTo(workspace, target, file)) out.push({ uri: found.uri, range: linkRange(found) });
  return out;
}

/** Every link of the workspace's argument files that resolves to `target` (by id or slug), file by file in document order. */
export function linksTo(workspace: ArgumentWorkspace, target: NodeInFile, first?: AnalysedFile): Promise<LinkInFile[]> {
  return linksInto(workspace, target, target.node.index, first);
}

/** The destination of a link (`#x`, `a.arg.md#x`); the whole link for `[t][ref]`, whose destination is elsewhere. */
export function linkRange({ link }: { link: FoundLink }): Range {
  return link.destination ?? link.range;
}
