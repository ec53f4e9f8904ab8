// Code lens on each claim and challenge with a child or an incoming link:
// `2 evidence · 1 reason · 1 open challenge · 3 figures · referenced 2×` (zeros left out).
// Clicking shows the links that resolve to the node, through the client's
// `argmap.showReferences` (which turns the JSON arguments into VS Code's types).
import type { CodeLens, Location } from 'vscode-languageserver';
import type { Analysis, ArgNode, Edge, NodeRef } from '../model';
import { linkRange } from './references';
import type { AnalysedFile, ArgumentWorkspace } from './workspaceFiles';
import { linksInto } from './workspaceLinks';

/** The client command a lens runs: (uri, position, locations) as JSON. */
export const SHOW_REFERENCES_COMMAND = 'argmap.showReferences';

export async function codeLenses(workspace: ArgumentWorkspace, file: AnalysedFile): Promise<CodeLens[]> {
  const incoming = await linksByNode(workspace, file);
  const edges = edgesInto(file.analysis);
  const out: CodeLens[] = [];
  for (const node of file.analysis.nodes) {
    if (node.kind === 'evidence' || node.reference) continue;
    const links = incoming.get(node.index) ?? [];
    const title = lensTitle(file.analysis, node, links.length, edges);
    // A node whose only children are answered challenges has nothing to count.
    if (!title) continue;
    out.push({
      range: node.range,
      command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [file.uri, node.range.start, links] },
    });
  }
  return out;
}

/** The edges into each node of the file, found once for all its lenses (a 1 MB file has thousands). */
function edgesInto(analysis: Analysis): Map<number, Edge[]> {
  const into = new Map<number, Edge[]>();
  for (const edge of analysis.edges) {
    if (!('local' in edge.to)) continue;
    const list = into.get(edge.to.local);
    if (list) list.push(edge);
    else into.set(edge.to.local, [edge]);
  }
  return into;
}

/** The lens's words, or undefined when the node has no child and no incoming link. */
function lensTitle(analysis: Analysis, node: ArgNode, referenced: number, into: Map<number, Edge[]>): string | undefined {
  let evidence = 0;
  let reasons = 0;
  let open = 0;
  for (const edge of into.get(node.index) ?? []) {
    const kind = kindOf(analysis, edge.from);
    if (edge.relation === 'supports') {
      if (kind === 'evidence') evidence++;
      else if (kind === 'claim') reasons++;
    } else if (!answered(into, edge.from)) open++;
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
function answered(into: Map<number, Edge[]>, ref: NodeRef): boolean {
  if (!('local' in ref)) return false;
  return (into.get(ref.local) ?? []).some((e) => e.relation === 'attacks');
}

/** The links of the workspace that resolve to each node of `file`, as locations of their destinations (closed files from their summaries). */
async function linksByNode(workspace: ArgumentWorkspace, file: AnalysedFile): Promise<Map<number, Location[]>> {
  const out = new Map<number, Location[]>();
  for (const found of await linksInto(workspace, file)) {
    const list = out.get(found.target);
    const location = { uri: found.uri, range: linkRange(found) };
    if (list) list.push(location);
    else out.set(found.target, [location]);
  }
  return out;
}
