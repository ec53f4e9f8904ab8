// The Argument view's items, built from the `argmap/graph` answer. Pure data (no vscode
// import) so the shape of the tree can be checked without an editor.
import type { GraphJson } from '../../server/src/protocol';
import { attackedIds, graphStatusWords, STATUS_MEANING } from '../../server/src/shared/statusWords';

export type GraphNode = GraphJson['nodes'][number];

/** A codicon and, optionally, a theme colour id for it. */
export interface ItemIcon {
  id: string;
  color?: string;
}

/** Where clicking an item goes: a line of the document, or a node of another file. */
export interface RevealTarget {
  /** The document the view shows. */
  uri: string;
  line?: number;
  /** `file.arg.md#id` as the graph names it: the path is relative to `uri`. */
  external?: string;
}

export interface ArgumentItem {
  /**
   * Unique in the tree and stable while the structure is: the document and the ids on the
   * path from the root, so VS Code keeps expansion and selection while the user types.
   */
  id: string;
  label: string;
  description: string;
  tooltip: string;
  icon: ItemIcon;
  target: RevealTarget;
  /** The graph node, for nodes of this document. */
  node?: GraphNode;
  /** How this item relates to its parent item, if it has one. */
  relation?: 'supports' | 'attacks';
  children: ArgumentItem[];
}

const WARNING: ItemIcon = { id: 'warning', color: 'problemsWarningIcon.foreground' };
const CONTESTED: ItemIcon = { id: 'comment-unresolved', color: 'problemsInfoIcon.foreground' };

/**
 * One icon per state, always beside the words that say it (never colour alone), and never the
 * error icon: a missing support or citation (warning), an attack that stands (an unresolved
 * comment); else what holds: a supported claim (pass), cited evidence (book), a challenge still
 * open (comment, in the colour of information, as `unanswered-challenge` is) or answered
 * (discussion, uncoloured).
 */
export function iconFor(node: GraphNode, answered: boolean): ItemIcon {
  if (node.kind === 'challenge') return answered ? { id: 'comment-discussion' } : { id: 'comment', color: 'problemsInfoIcon.foreground' };
  if (node.status === 'unsupported' || node.status === 'uncited') return WARNING;
  if (node.contested) return CONTESTED;
  return node.kind === 'evidence' ? { id: 'book', color: 'testing.iconPassed' } : { id: 'pass', color: 'testing.iconPassed' };
}

/** `claim · supported · contested`, `challenge · open · unsupported`: the kind and the status words. */
export function describe(node: GraphNode, answered: boolean): string {
  return [node.kind, ...graphStatusWords(node, answered)].join(' · ');
}

/** The kind and words, a legend of each word, the text, the figures and the line. */
function tooltipFor(node: GraphNode, answered: boolean): string {
  const words = graphStatusWords(node, answered);
  const lines = [`${node.kind[0].toUpperCase()}${node.kind.slice(1)}: ${words.join(', ')}`];
  for (const word of words) lines.push(`  ${word}: ${STATUS_MEANING[word]}`);
  lines.push('', node.text || '(no text)');
  if (node.figures.length) lines.push('', `Figures: ${node.figures.map((f) => f.text).join('; ')}`);
  lines.push('', `Line ${node.line + 1}`);
  return lines.join('\n');
}

/** What VS Code shows of an item (getTreeItem copies it onto a TreeItem): plain data, so a test can read it. */
export interface TreeItemParts {
  label: string;
  description: string;
  tooltip: string;
  icon: ItemIcon;
  expanded: boolean;
  contextValue: string;
  /** What a screen reader says: the label and the status words, not the icon. */
  accessibilityLabel: string;
}

export function treeItemParts(item: ArgumentItem): TreeItemParts {
  return {
    label: item.label,
    description: item.description,
    tooltip: item.tooltip,
    icon: item.icon,
    expanded: item.children.length > 0,
    contextValue: item.node ? `argmap.${item.node.kind}` : 'argmap.external',
    accessibilityLabel: `${item.label}, ${item.description}`,
  };
}

/**
 * The tree: roots in document order, each node's children in source order under it (edges
 * run from child to parent); a node of another file is a leaf labelled `file.arg.md#id`. A node with two
 * parents (a reference elsewhere) appears under both; a node already on the path from the
 * root (circular support) appears as a leaf; nodes only reachable through a cycle become roots.
 */
export function buildArgumentTree(graph: GraphJson, uri: string): ArgumentItem[] {
  const local = new Map<string, GraphNode>();
  const position = new Map<string, number>();
  graph.nodes.forEach((node, i) => {
    if (local.has(node.id)) return;
    local.set(node.id, node);
    position.set(node.id, i);
  });
  const documentOrder = [...local.values()].sort((a, b) => a.line - b.line || position.get(a.id)! - position.get(b.id)!);
  const rank = new Map(documentOrder.map((n, i) => [n.id, i]));
  const attacked = attackedIds(graph.edges);

  // Children in the order of the edges, which is source order: a node shows where its
  // parent's section names it, a referenced node where the reference stands.
  const children = new Map<string, { id: string; relation: 'supports' | 'attacks' }[]>();
  const hasParent = new Set<string>();
  const seen = new Set<string>();
  for (const edge of graph.edges) {
    // A parent in another file is shown in that file's view.
    if (!local.has(edge.to) || edge.from === edge.to) continue;
    const pair = JSON.stringify([edge.from, edge.to]);
    if (seen.has(pair)) continue;
    seen.add(pair);
    const list = children.get(edge.to) ?? [];
    list.push({ id: edge.from, relation: edge.relation });
    children.set(edge.to, list);
    if (local.has(edge.from)) hasParent.add(edge.from);
  }

  const placed = new Set<string>();
  // Nodes under several parents repeat their subtrees; untrusted input could make that
  // exponential, so the tree stops growing past a size linear in the graph's.
  let budget = 2 * (graph.nodes.length + graph.edges.length) + 100;
  const build = (id: string, itemId: string, path: ReadonlySet<string>, relation?: 'supports' | 'attacks'): ArgumentItem => {
    budget--;
    const node = local.get(id);
    if (!node) {
      return {
        id: itemId,
        label: id,
        description: relation ?? '',
        tooltip: `A node in another file${relation ? ` that ${relation} the node above` : ''}: ${id}`,
        icon: { id: 'link-external' },
        target: { uri, external: id },
        relation,
        children: [],
      };
    }
    placed.add(id);
    const answered = attacked.has(id);
    const circular = path.has(id);
    const cut = !circular && budget <= 0 && children.has(id);
    const inner = new Set(path).add(id);
    return {
      id: itemId,
      label: node.text || `(empty ${node.kind})`,
      description: describe(node, answered) + (circular ? ' · cycle' : cut ? ' · …' : ''),
      tooltip: tooltipFor(node, answered),
      icon: iconFor(node, answered),
      target: { uri, line: node.line },
      node,
      relation,
      children: circular || cut
        ? []
        : (children.get(id) ?? []).map((c) => build(c.id, `${itemId}/${encodeURIComponent(c.id)}`, inner, c.relation)),
    };
  };

  const roots: ArgumentItem[] = [];
  const rootItem = (node: GraphNode) => build(node.id, `${uri}#${encodeURIComponent(node.id)}`, new Set());
  for (const node of documentOrder) if (!hasParent.has(node.id)) roots.push(rootItem(node));
  for (const node of documentOrder) if (!placed.has(node.id)) roots.push(rootItem(node));
  return roots.sort((a, b) => rank.get(a.node!.id)! - rank.get(b.node!.id)!);
}
