// The node a position designates, for definition, references, highlights and rename: an
// explicit id, a link that resolves to a node, a node's first line (a reference node's
// target). Links to a heading's slug designate nothing here: VS Code's own Markdown answers.
import type { Analysis, ArgNode, LinkOccurrence, Range, Spot } from '../model';
import { uriOf, type AnalysedFile, type ArgumentWorkspace } from './workspaceFiles';

/** A node of an argument file. */
export interface NodeInFile extends AnalysedFile {
  node: ArgNode;
}

/** The file a link points into and the node it resolved to there, whether by explicit id or by slug. */
export async function linkTarget(workspace: ArgumentWorkspace, file: AnalysedFile, o: LinkOccurrence): Promise<NodeInFile | undefined> {
  if (o.target === undefined) return undefined;
  const uri = uriOf(workspace, file, o.path);
  if (uri === undefined) return undefined;
  const analysis = uri === file.uri ? file.analysis : await workspace.analysis(uri);
  const node = analysis?.nodes[o.target];
  return analysis && node ? { uri, analysis, node } : undefined;
}

/** Whether the link names its target by the target's explicit id (not by a heading's slug). */
export function byId(o: LinkOccurrence, target: ArgNode): boolean {
  return target.explicitId && target.id === o.link.id;
}

/**
 * The node `spot` designates: an id's node, a node's line (a reference node: its target),
 * a link resolving to a node by its explicit id. `nodeLines: false` leaves node lines out.
 */
export async function designatedNode(
  workspace: ArgumentWorkspace,
  file: AnalysedFile,
  spot: Spot | undefined,
  nodeLines = true,
): Promise<NodeInFile | undefined> {
  if (!spot) return undefined;
  const { analysis } = file;
  switch (spot.kind) {
    case 'id':
      return { ...file, node: analysis.nodes[spot.node] };
    case 'node': {
      if (!nodeLines) return undefined;
      const node = analysis.nodes[spot.node];
      if (!node.reference) return { ...file, node };
      const o = referenceOccurrence(analysis, node);
      return o ? linkTarget(workspace, file, o) : undefined;
    }
    case 'link': {
      const target = await linkTarget(workspace, file, spot.occurrence);
      return target && byId(spot.occurrence, target.node) ? target : undefined;
    }
    default:
      return undefined;
  }
}

function referenceOccurrence(analysis: Analysis, node: ArgNode): LinkOccurrence | undefined {
  const link = node.reference;
  const target = link && analysis.links.get(link)?.target?.node;
  if (!link || target === undefined) return undefined;
  return { link, node: node.index, path: link.file ?? analysis.path, target };
}

/** Where a node is, as Go to Definition shows it: label to end of line; a heading's whole line, as VS Code's Markdown gives it. */
export function nodeRange(node: ArgNode): Range {
  if (node.blockType !== 'heading') return node.range;
  return { start: { line: node.range.start.line, character: 0 }, end: node.range.end };
}
