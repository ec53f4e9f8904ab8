// Document highlights: on an explicit id or a link to it, the id (Write) and each link to
// the node in this file (Read); on a footnote, its definition (Write) and calls (Read).
// Anywhere else `null`, so that VS Code's own Markdown highlights (the first non-null wins).
import { DocumentHighlightKind, type DocumentHighlight, type Position } from 'vscode-languageserver';
import { occurrences, spotAt } from '../model';
import { designatedNode } from './navigationTarget';
import { linkRange } from './references';
import { uriOf, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

export async function highlights(workspace: ArgumentWorkspace, file: AnalysedFile, position: Position): Promise<DocumentHighlight[] | null> {
  const spot = spotAt(file.analysis, position);
  const found = occurrences(file.analysis);
  if (spot?.kind === 'footnote') {
    const f = found.footnotes.get(spot.label);
    if (!f) return null;
    const out: DocumentHighlight[] = [];
    if (f.definition) out.push({ range: f.definition.label, kind: DocumentHighlightKind.Write });
    for (const c of f.calls) out.push({ range: c.label, kind: DocumentHighlightKind.Read });
    return out;
  }
  const target = await designatedNode(workspace, file, spot, false);
  if (!target) return null;
  const out: DocumentHighlight[] = [];
  if (target.uri === file.uri && target.node.idRange) out.push({ range: target.node.idRange, kind: DocumentHighlightKind.Write });
  for (const o of found.linksTo(target.analysis.path, target.node.index)) {
    if (uriOf(workspace, file, o.path) === target.uri) out.push({ range: linkRange(o), kind: DocumentHighlightKind.Read });
  }
  return out;
}
