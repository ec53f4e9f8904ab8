// GFM's autolink-literal step splits text nodes after parsing and leaves the pieces without
// positions when a match runs across an escape (`Claim: x\+@bar.com`: "Claim: " and the
// e-mail link have none). The model needs every inline node's offsets, so they are worked
// out again from the neighbours that kept theirs and from the source text.
import type { Nodes, Root } from 'mdast';
import { mdastText } from './inlineText';

type Parent = Extract<Nodes, { children: unknown }>;

/** Gives each node that has no position one inside its parent's content, between its siblings. */
export function fillPositions(root: Root, source: string): void {
  const stack: Parent[] = [root];
  while (stack.length) {
    const parent = stack.pop() as Parent;
    const children = parent.children as Nodes[];
    if (children.some((c) => !c.position)) {
      const [from, to] = contentSpan(parent, source);
      fillChildren(children, from, to, source);
    }
    for (const c of children) if ('children' in c) stack.push(c);
  }
}

/** Where a parent's inline content lies: a heading without its `#` marks or setext underline. */
function contentSpan(parent: Parent, source: string): [number, number] {
  const start = parent.position?.start.offset ?? 0;
  const end = parent.position?.end.offset ?? start;
  if (parent.type !== 'heading') return [start, end];
  const atx = /^ {0,3}#{1,6}(?:[ \t]+|$)/.exec(source.slice(start, end));
  if (atx) {
    const closing = /(?:[ \t]+#+)?[ \t]*$/.exec(source.slice(start + atx[0].length, end));
    return [start + atx[0].length, end - (closing?.[0].length ?? 0)];
  }
  const underline = Math.max(source.lastIndexOf('\n', end - 1), source.lastIndexOf('\r', end - 1));
  return [start, underline > start ? underline : end];
}

/** Places each run of siblings without positions in the gap its neighbours leave. */
function fillChildren(children: Nodes[], from: number, to: number, source: string): void {
  for (let i = 0; i < children.length; ) {
    if (children[i].position) {
      i++;
      continue;
    }
    let j = i;
    while (j < children.length && !children[j].position) j++;
    let lo = i > 0 ? (children[i - 1].position?.end.offset ?? from) : from;
    let hi = j < children.length ? (children[j].position?.start.offset ?? to) : to;
    // A piece whose text stands as-is in the source is placed exactly, from either end of the gap.
    let a = i;
    let b = j;
    for (; a < b; a++) {
      const text = mdastText(children[a]);
      if (!source.startsWith(text, lo) || lo + text.length > hi) break;
      place(children[a], lo, (lo += text.length));
    }
    for (; b > a; b--) {
      const text = mdastText(children[b - 1]);
      if (hi - text.length < lo || source.slice(hi - text.length, hi) !== text) break;
      place(children[b - 1], hi - text.length, hi);
      hi -= text.length;
    }
    // What the text cannot tell apart shares what is left.
    for (; a < b; a++) place(children[a], lo, hi);
    i = j;
  }
}

function place(node: Nodes, start: number, end: number): void {
  node.position = { start: { line: 0, column: 0, offset: start }, end: { line: 0, column: 0, offset: end } };
}
