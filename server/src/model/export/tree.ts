// The argument map as an indented text tree for people.
import type { Analysis, ArgNode } from '../types';
import { attackedNodes, statusWords } from '../statusWords';
import { referenceEnd, statusOf } from './view';
import { plainText } from './text';

/**
 * An indented tree for people: roots first, children under their parents in document
 * order, each line `kind (status words): text` in the views' words (`challenge (open, unsupported)`).
 * A reference stands where it is written, with its target and the target's status.
 */
export function toTree(analysis: Analysis): string {
  if (analysis.tooLarge) return '(file too large: not analysed)\n';
  const roots = analysis.nodes.filter((n) => n.parent === undefined);
  if (!roots.length) return '(no argument nodes)\n';
  const lines: string[] = [];
  const attacked = attackedNodes(analysis);
  const walk = (node: ArgNode, lead: string, childLead: string, seen: Set<number>) => {
    lines.push(lead + treeLine(analysis, node, attacked));
    seen.add(node.index);
    const children = node.children.filter((c) => !seen.has(c));
    children.forEach((c, k) => {
      const last = k === children.length - 1;
      walk(analysis.nodes[c], childLead + (last ? '└─ ' : '├─ '), childLead + (last ? '   ' : '│  '), seen);
    });
  };
  for (const root of roots) walk(root, '', '', new Set());
  return lines.join('\n') + '\n';
}

function treeLine(analysis: Analysis, node: ArgNode, attacked: ReadonlySet<number>): string {
  const words = (index: number) => statusWords(analysis.nodes[index].kind, statusOf(analysis, index), attacked.has(index)).join(', ');
  if (!node.reference) return `${node.kind} (${words(node.index)}): ${plainText(node.text) || '(empty)'}`;
  const target = (node.reference.rawFile ?? '') + '#' + node.reference.id;
  const end = referenceEnd(analysis, node);
  let status = 'broken reference';
  if (end && 'local' in end) status = words(end.local);
  else if (end?.kind && end.status) status = statusWords(end.kind, end.status).join(', ');
  else if (end) status = 'in another file';
  return `${node.kind} → ${plainText(target)} (${status}): ${plainText(node.text)}`;
}

