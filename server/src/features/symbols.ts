// The outline: nodes in document order under their parents, prose headings as groups.
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import { attackedNodes, drain, nodeStatusWords, SLICE, type Analysis, type ArgNode, type Heading, type NodeKind, type Position, type Range } from '../model';
import { oneLine } from './markdown';

export const SYMBOL_KINDS: Readonly<Record<NodeKind, SymbolKind>> = {
  claim: SymbolKind.Class,
  evidence: SymbolKind.Constant,
  challenge: SymbolKind.Event,
};
/** Prose headings look as they do in VS Code's own Markdown outline. */
const GROUP_KIND = SymbolKind.String;
const MAX_NAME = 200;

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** The smallest range holding `a` and `b` (either may be absent, not both). Allocates only when it grows. */
function union(a: Range | undefined, b: Range | undefined): Range {
  if (!a) return b as Range;
  if (!b) return a;
  const start = compare(b.start, a.start) < 0 ? b.start : a.start;
  const end = compare(b.end, a.end) > 0 ? b.end : a.end;
  return start === a.start && end === a.end ? a : { start, end };
}

/** Half-open: a section that ends where the next heading starts does not hold it. */
function holds(range: Range, p: Position): boolean {
  return compare(range.start, p) <= 0 && compare(p, range.end) < 0;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'evidence' ? '' : 's'}`;
}

/**
 * `claim · supported · contested · 2 evidence · 1 challenge`, `challenge · open · unsupported`:
 * the views' status words, then the counts with zeros left out. `attacked`: attackedNodes(analysis).
 */
export function nodeDetail(analysis: Analysis, node: ArgNode, attacked: ReadonlySet<number> = attackedNodes(analysis)): string {
  const parts: string[] = [node.kind];
  if (node.reference) {
    parts.push(`reference to ${node.reference.rawFile ?? ''}#${node.reference.id}`);
    return parts.join(' · ');
  }
  parts.push(...nodeStatusWords(analysis, node.index, attacked));
  const counts: Record<NodeKind, number> = { claim: 0, evidence: 0, challenge: 0 };
  for (const child of node.children) {
    const kind = analysis.nodes[child]?.kind;
    if (kind) counts[kind]++;
  }
  for (const kind of ['claim', 'evidence', 'challenge'] as const) {
    if (counts[kind]) parts.push(plural(counts[kind], kind));
  }
  return parts.join(' · ');
}

interface Item {
  symbol: DocumentSymbol;
  start: Position;
  /** Where the item's contents may lie: a node's range with its children, a heading's section. */
  scope: Range;
  node?: ArgNode;
  container?: Item;
  children: Item[];
}

function nodeItem(analysis: Analysis, node: ArgNode, heading: Heading | undefined, attacked: ReadonlySet<number>): Item {
  const range = union(union(node.fullRange, node.range), node.blockRange);
  const scope = heading ? union(range, heading.sectionRange) : range;
  return {
    symbol: {
      name: oneLine(node.text, MAX_NAME) || node.kind,
      detail: nodeDetail(analysis, node, attacked),
      kind: SYMBOL_KINDS[node.kind],
      range,
      selectionRange: node.range,
    },
    start: range.start,
    scope,
    node,
    children: [],
  };
}

function groupItem(heading: Heading): Item {
  const range = union(heading.sectionRange, heading.range);
  return {
    symbol: { name: oneLine(heading.text, MAX_NAME) || '#', kind: GROUP_KIND, range, selectionRange: heading.range },
    start: range.start,
    scope: range,
    children: [],
  };
}

/** Whether `group` hangs under `ancestor` (undefined: the root) through groups only. */
function groupsBetween(group: Item, ancestor: Item | undefined): boolean {
  let item: Item | undefined = group.container;
  while (item && item !== ancestor) {
    if (item.node) return false;
    item = item.container;
  }
  return item === ancestor;
}

/** The innermost of `items`: the latest start, then the earliest end. */
function innermost(items: Item[]): Item | undefined {
  let best: Item | undefined;
  for (const item of items) {
    if (!best || compare(item.start, best.start) > 0 || (compare(item.start, best.start) === 0 && compare(item.scope.end, best.scope.end) < 0)) {
      best = item;
    }
  }
  return best;
}

/**
 * Parents' ranges grow to hold their children (clients expect nesting), children sorted by
 * position. Children before parents, without recursion and in slices: one heading may hold
 * the whole file.
 */
function* finishAll(roots: Item[]): Generator<void, DocumentSymbol[], void> {
  const order: Item[] = [];
  const stack = [...roots];
  while (stack.length) {
    const item = stack.pop() as Item;
    order.push(item);
    for (const c of item.children) stack.push(c);
    if (order.length % SLICE === 0) yield;
  }
  // Reversed, `order` has every item after all of its descendants.
  for (let k = order.length - 1; k >= 0; k--) {
    finishOne(order[k]);
    if (k % SLICE === 0) yield;
  }
  return roots.map((r) => r.symbol);
}

/** One item whose children are finished. */
function finishOne(item: Item): void {
  const children = item.children.sort((a, b) => compare(a.start, b.start));
  const symbol = item.symbol;
  if (children.length) {
    for (const c of children) symbol.range = union(symbol.range, c.symbol.range);
    symbol.children = children.map((c) => c.symbol);
  }
}

/** Strictly increasing starts: then no two items of the list tie, and merging two such lists sorts them. */
function increasing(items: readonly Item[]): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1].start, items[i].start) >= 0) return false;
  return true;
}

/** Node items and group items by start, a node before a group at the same start: merged when both are in order (the usual case), else sorted. */
function byStart(nodeItems: readonly Item[], groups: readonly Item[]): Item[] {
  if (!increasing(nodeItems) || !increasing(groups)) return [...nodeItems, ...groups].sort((a, b) => compare(a.start, b.start) || (a.node ? -1 : 1));
  const out: Item[] = [];
  let i = 0;
  let j = 0;
  while (i < nodeItems.length || j < groups.length) {
    if (j >= groups.length || (i < nodeItems.length && compare(nodeItems[i].start, groups[j].start) <= 0)) out.push(nodeItems[i++]);
    else out.push(groups[j++]);
  }
  return out;
}

/** The document's outline as a tree. */
export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  return drain(documentSymbolSteps(analysis));
}

/** `documentSymbols` in slices of SLICE items: a 5 MB file's outline is over 100 ms of work. */
export function* documentSymbolSteps(analysis: Analysis): Generator<void, DocumentSymbol[], void> {
  const headingOf = new Map<number, Heading>();
  for (const h of analysis.headings) if (h.node !== undefined) headingOf.set(h.node, h);
  const attacked = attackedNodes(analysis);
  yield;
  const nodeItems: Item[] = [];
  for (const n of analysis.nodes) {
    nodeItems.push(nodeItem(analysis, n, headingOf.get(n.index), attacked));
    if (nodeItems.length % SLICE === 0) yield;
  }
  const groups = analysis.headings.filter((h) => h.node === undefined).map(groupItem);
  const all = byStart(nodeItems, groups);
  yield;
  // The items whose scope holds the current position, innermost on top (document order
  // makes this a stack; `holds` still checks each, for scopes that overlap unevenly).
  const open: Item[] = [];
  for (let k = 0; k < all.length; k++) {
    const item = all[k];
    if (k % SLICE === SLICE - 1) yield;
    while (open.length && compare(open[open.length - 1].scope.end, item.start) <= 0) open.pop();
    const holding = open.filter((o) => holds(o.scope, item.start) && compare(o.start, item.start) < 0);
    if (item.node) {
      const parent = item.node.parent !== undefined ? nodeItems[item.node.parent] : undefined;
      let container = parent;
      for (let i = holding.length - 1; i >= 0; i--) {
        const candidate = holding[i];
        if (candidate === parent) break;
        if (!candidate.node && groupsBetween(candidate, parent)) {
          container = candidate;
          break;
        }
      }
      item.container = container;
    } else {
      // A prose heading sits under the innermost node or heading whose section holds it.
      item.container = innermost(holding);
    }
    open.push(item);
  }
  const roots: Item[] = [];
  for (const item of all) (item.container ? item.container.children : roots).push(item);
  yield;
  return yield* finishAll(roots.sort((a, b) => compare(a.start, b.start)));
}

/** The same outline flattened, for clients without hierarchical symbol support. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string, containerName?: string): SymbolInformation[] {
  const result: SymbolInformation[] = [];
  for (const s of symbols) {
    const info: SymbolInformation = { name: s.name, kind: s.kind, location: { uri, range: s.range } };
    if (containerName !== undefined) info.containerName = containerName;
    result.push(info, ...flatSymbols(s.children ?? [], uri, s.name));
  }
  return result;
}
