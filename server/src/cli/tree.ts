// `graph --format tree` for a person who wants to go from the tree to the file: the
// model's tree, each node's line number (1-based, as `check` prints) in a gutter on the
// left, and its `{#id}` after the text when the file gives one.
//
//   1  claim (supported): Parks cool cities {#parks}
//   3  ├─ evidence (cited): Shaded streets are 35% cooler at noon. {#shade}
//
// The model writes the tree (its words for kinds and statuses); this only adds places.
import { plainText, toTree } from '../model';
import type { Analysis, ArgNode } from '../model';

export function treeWithLines(analysis: Analysis): string {
  const tree = toTree(analysis);
  const rows = tree.endsWith('\n') ? tree.slice(0, -1).split('\n') : tree.split('\n');
  const nodes = treeOrder(analysis);
  // No nodes (an empty or too large file): the model's one-line explanation as it is.
  // A count that differs would mean the model's tree changed shape: print it unannotated
  // rather than put a line number on the wrong node.
  if (!nodes.length || nodes.length !== rows.length) return tree;
  const width = String(Math.max(...nodes.map((n) => n.range.start.line + 1))).length;
  const annotated = rows.map((row, k) => {
    const node = nodes[k];
    const line = String(node.range.start.line + 1).padStart(width);
    const id = node.explicitId ? ` {#${plainText(node.id)}}` : '';
    return `${line}  ${row}${id}`;
  });
  return annotated.join('\n') + '\n';
}

/** The nodes in the order the model's tree prints them: roots, each followed by its subtree. */
function treeOrder(analysis: Analysis): ArgNode[] {
  if (analysis.tooLarge) return [];
  const order: ArgNode[] = [];
  const walk = (node: ArgNode, seen: Set<number>) => {
    order.push(node);
    seen.add(node.index);
    for (const c of node.children.filter((c) => !seen.has(c))) walk(analysis.nodes[c], seen);
  };
  for (const root of analysis.nodes.filter((n) => n.parent === undefined)) walk(root, new Set());
  return order;
}
