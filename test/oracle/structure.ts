// The oracle's structure: which blocks are nodes and who is whose parent, from the spec's
// "Structure: who relates to whom" read literally. A block quote is transparent (its blocks
// count as if they stood in its place); code, HTML, tables, footnote definitions and front
// matter are never looked into.
import type { Heading, ListItem, Paragraph, RootContent } from 'mdast';
import { labelOf, type Labelled } from './inline';
import type { Document } from './markdown';

export interface Found {
  block: Paragraph | Heading;
  label: Labelled;
  parent?: number;
  /** Unlabelled paragraphs directly in the list item after its first paragraph (item nodes only). */
  body: Paragraph[];
  inItem: boolean;
}

/** Children with block quotes opened in place. */
function flatten(children: RootContent[]): RootContent[] {
  return children.flatMap((c) => (c.type === 'blockquote' ? flatten(c.children) : [c]));
}

export function findNodes(doc: Document): Found[] {
  const found: Found[] = [];
  /** Top-level headings whose section is still open: depth and node index (undefined when prose). */
  const sections: { depth: number; node?: number }[] = [];
  const innermostSection = (): number | undefined => {
    for (let i = sections.length - 1; i >= 0; i--) if (sections[i].node !== undefined) return sections[i].node;
    return undefined;
  };
  const add = (block: Paragraph | Heading, parent: number | undefined, inItem: boolean): number | undefined => {
    const label = labelOf(doc, block.children);
    if (!label) return undefined;
    found.push({ block, label, parent, body: [], inItem });
    return found.length - 1;
  };

  /** Blocks of one container: `owner` is the nearest enclosing node (undefined at top level: sections decide). */
  const walk = (children: RootContent[], owner: number | undefined, inItem: boolean): void => {
    const here = (): number | undefined => (inItem ? owner : innermostSection());
    let previous: number | undefined; // the labelled paragraph right before, which owns a list that follows
    for (const c of flatten(children)) {
      if (c.type === 'heading' && !inItem) {
        while (sections.length && sections[sections.length - 1].depth >= c.depth) sections.pop();
        const node = add(c, innermostSection(), false);
        sections.push({ depth: c.depth, node });
        previous = undefined;
      } else if (c.type === 'paragraph' || c.type === 'heading') {
        previous = add(c, here(), inItem);
      } else if (c.type === 'list') {
        const listOwner = previous ?? here();
        for (const item of c.children) listItem(item, listOwner);
        previous = undefined;
      } else if (c.type === 'definition') {
        // Invisible when rendered: it does not come between a paragraph and its list.
      } else {
        previous = undefined;
      }
    }
  };

  const listItem = (item: ListItem, owner: number | undefined): void => {
    const kids = flatten(item.children);
    // The item's own first block: a paragraph inside a block quote that opens the item is a
    // later labelled paragraph of the item, not the item's node.
    const first = item.children[0];
    const node = first && (first.type === 'paragraph' || first.type === 'heading') ? add(first, owner, true) : undefined;
    if (node === undefined) {
      walk(kids, owner, true);
      return;
    }
    for (const k of kids) if (k !== first && k.type === 'paragraph' && !labelOf(doc, k.children)) found[node].body.push(k);
    walk(kids.filter((k) => k !== first), node, true);
  };

  walk(doc.root.children, undefined, false);
  return found;
}
