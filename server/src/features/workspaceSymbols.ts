// Workspace symbols: every node of every argument file (open or not), named by its text,
// of the outline's kind, in the container of its workspace-relative path; a query matches
// fuzzily (its characters in order, any case) the node's name as listed or its id. A closed
// file the index has summarised is listed from its summary, without parsing it.
import type { SymbolInformation } from 'vscode-languageserver';
import type { NodeKind, Range } from '../model';
import { SYMBOL_KINDS } from './symbols';
import { symbolName } from './symbolName';
import type { ArgumentWorkspace } from './workspaceFiles';

/** What a symbol is made of, from an analysis or a summary alike. */
interface Listed {
  name: string;
  id: string;
  kind: NodeKind;
  range: Range;
  reference?: boolean;
}

export async function workspaceSymbols(workspace: ArgumentWorkspace, query: string, isCancelled: () => boolean): Promise<SymbolInformation[]> {
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  const out: SymbolInformation[] = [];
  for (const uri of await workspace.uris()) {
    if (isCancelled()) break;
    const listed = await nodesOf(workspace, uri);
    if (!listed) continue;
    for (const node of listed.nodes) {
      // A reference node stands for a node listed in its own file.
      if (node.reference || !matches(node, wanted)) continue;
      out.push({ name: node.name, kind: SYMBOL_KINDS[node.kind], location: { uri, range: node.range }, containerName: listed.path });
    }
  }
  return out;
}

/** The file's nodes from its current summary, else from its analysis; undefined when it cannot be read. */
async function nodesOf(workspace: ArgumentWorkspace, uri: string): Promise<{ path: string; nodes: Listed[] } | undefined> {
  const summary = workspace.summary?.(uri);
  if (summary) return summary;
  const analysis = await workspace.analysis(uri);
  if (!analysis) return undefined;
  return {
    path: analysis.path,
    nodes: analysis.nodes.map((n) => ({ name: symbolName(n.text, n.kind), id: n.id, kind: n.kind, range: n.range, reference: n.reference !== undefined })),
  };
}

/** VS Code filters the answer again by the name it shows: matching more of the text would be dropped there. */
function matches(node: Listed, wanted: string): boolean {
  return wanted === '' || inOrder(node.name.toLowerCase(), wanted) || inOrder(node.id.toLowerCase(), wanted);
}

/** The characters of `wanted` appear in `text` in order. */
export function inOrder(text: string, wanted: string): boolean {
  let at = 0;
  for (const c of wanted) {
    at = text.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}
