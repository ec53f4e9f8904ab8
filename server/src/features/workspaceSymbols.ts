// Workspace symbols: every node of every argument file (open or not), named by its text,
// of the outline's kind, in the container of its workspace-relative path; a query matches
// fuzzily (its characters in order, any case) the node's text or its id.
import type { SymbolInformation } from 'vscode-languageserver';
import type { ArgNode } from '../model';
import { oneLine } from './markdown';
import { SYMBOL_KINDS } from './symbols';
import { analysedFiles, type ArgumentWorkspace } from './workspaceFiles';

const MAX_NAME = 120;

export async function workspaceSymbols(workspace: ArgumentWorkspace, query: string, isCancelled: () => boolean): Promise<SymbolInformation[]> {
  const wanted = query.replace(/\s+/g, '').toLowerCase();
  const out: SymbolInformation[] = [];
  for (const { uri, analysis } of await analysedFiles(workspace)) {
    if (isCancelled()) break;
    for (const node of analysis.nodes) {
      // A reference node stands for a node listed in its own file.
      if (node.reference || !matches(node, wanted)) continue;
      out.push({
        name: symbolName(node),
        kind: SYMBOL_KINDS[node.kind],
        location: { uri, range: node.range },
        containerName: analysis.path,
      });
    }
  }
  return out;
}

/** The node's text on one line, at most 120 characters with the ellipsis when cut. */
export function symbolName(node: ArgNode): string {
  const whole = oneLine(node.text, Infinity);
  return (whole.length <= MAX_NAME ? whole : oneLine(node.text, MAX_NAME - 1)) || node.kind;
}

function matches(node: ArgNode, wanted: string): boolean {
  return wanted === '' || inOrder(node.text.toLowerCase(), wanted) || inOrder(node.id.toLowerCase(), wanted);
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
