// Go to Definition: a link to a node id (or any position on a reference node) → the node;
// a footnote reference → its definition. A link to a heading's slug gets nothing, so that
// VS Code's own Markdown answer is the only one (spec editing.md "Living beside…").
import type { Location, Position } from 'vscode-languageserver';
import { occurrences, spotAt } from '../model';
import { designatedNode, nodeRange } from './navigationTarget';
import type { AnalysedFile, ArgumentWorkspace } from './workspaceFiles';

export async function definition(workspace: ArgumentWorkspace, file: AnalysedFile, position: Position): Promise<Location[] | null> {
  const spot = spotAt(file.analysis, position);
  if (!spot) return null;
  if (spot.kind === 'footnote') {
    const def = occurrences(file.analysis).footnotes.get(spot.label)?.definition;
    return def && !spot.definition ? [{ uri: file.uri, range: def.definition.range }] : null;
  }
  // On a node's own id or line the node is where we are: only a reference node leads elsewhere.
  if (spot.kind === 'id' || (spot.kind === 'node' && !file.analysis.nodes[spot.node].reference)) return null;
  const target = await designatedNode(workspace, file, spot);
  return target ? [{ uri: target.uri, range: nodeRange(target.node) }] : null;
}
