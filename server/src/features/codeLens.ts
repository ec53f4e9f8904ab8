// Code lens on each claim and challenge with a child or an incoming link:
// `2 evidence · 1 reason · 1 open challenge · 3 figures · referenced 2×` (zeros left out).
// Clicking shows the links that resolve to the node, through the client's
// `argmap.showReferences` (which turns the JSON arguments into VS Code's types).
import type { CodeLens, Location } from 'vscode-languageserver';
import type { Analysis, ArgNode, NodeRef } from '../model';
import { occurrences } from '../model';
import { linkRange } from './references';
import { analysedFiles, uriOf, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

/** The client command a lens runs: (uri, position, locations) as JSON. */
export const SHOW_REFERENCES_COMMAND = 'argmap.showReferences';

export async function codeLenses(workspace: ArgumentWorkspace, file: AnalysedFile): Promise<CodeLens[]> {
  const incoming = await linksInto(workspace, file);
  const out: CodeLens[] = [];
  for (const node of file.analysis.nodes) {
    if (node.kind === 'evidence' || node.reference) continue;
    const links = incoming.get(node.index) ?? [];
    const title = lensTitle(file.analysis, node, links.length);
    // A node whose only children are answered challenges has nothing to count.
    if (!title) continue;
    out.push({
      range: node.range,
      command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [file.uri, node.range.start, links] },
    });
  }
  return out;
}

/** The lens's words, or undefined when the node has no child and no incoming link. */
export function lensTitle(analysis: Analysis, node: ArgNode, referenced: number): string | undefined {
  let evidence = 0;
  let reasons = 0;
  let open = 0;
  for (const edge of analysis.edges) {
    if (!('local' in edge.to) || edge.to.local !== node.index) continue;
    const kind = kindOf(analysis, edge.from);
    if (edge.relation === 'supports') {
      if (kind === 'evidence') evidence++;
      else if (kind === 'claim') reasons++;
    } else if (!answered(analysis, edge.from)) open++;
  }
  if (node.children.length === 0 && referenced === 0) return undefined;
  const parts = [
    count(evidence, 'evidence', 'evidence'),
    count(reasons, 'reason', 'reasons'),
    count(open, 'open challenge', 'open challenges'),
    count(node.figures.length, 'figure', 'figures'),
    referenced ? `referenced ${referenced}×` : '',
  ].filter(Boolean);
  return parts.join(' · ');
}

function count(n: number, one: string, many: string): string {
  return n === 0 ? '' : `${n} ${n === 1 ? one : many}`;
}

function kindOf(analysis: Analysis, ref: NodeRef): string | undefined {
  return 'local' in ref ? analysis.nodes[ref.local]?.kind : ref.kind;
}

/** A challenge is answered when a challenge attacks it (as for `unanswered-challenge`); another file's challenge counts as open. */
function answered(analysis: Analysis, ref: NodeRef): boolean {
  if (!('local' in ref)) return false;
  return analysis.edges.some((e) => e.relation === 'attacks' && 'local' in e.to && e.to.local === ref.local);
}

/** The links of the workspace that resolve to each node of `file`, as locations of their destinations. */
async function linksInto(workspace: ArgumentWorkspace, file: AnalysedFile): Promise<Map<number, Location[]>> {
  const out = new Map<number, Location[]>();
  for (const other of await analysedFiles(workspace, file)) {
    for (const o of occurrences(other.analysis).links) {
      if (o.target === undefined || o.path !== file.analysis.path || uriOf(workspace, other, o.path) !== file.uri) continue;
      const list = out.get(o.target) ?? [];
      list.push({ uri: other.uri, range: linkRange(o) });
      out.set(o.target, list);
    }
  }
  return out;
}
