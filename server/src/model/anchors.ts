// Ids written as empty HTML anchors, `<a id="x"></a>` or `<a name="x"></a>`: GitHub keeps
// them (it has no `{#x}`), so links to `#x` scroll there too (interchange.md "Ids that work on
// GitHub"). Read only at the end of a node's first line; written in either form.
import type { PhrasingContent } from 'mdast';
import { lineEnd } from './parse/lines';

/** How an explicit id is written: Pandoc's `{#x}` or GitHub's empty HTML anchor. */
export type IdStyle = 'pandoc' | 'html';

export const ID_STYLES: readonly IdStyle[] = ['pandoc', 'html'];

/**
 * The id's characters inside an anchor: those of `{#x}` (no whitespace, `{`, `}`) less what
 * HTML would read differently (quotes end the value, `&` starts an entity, `<` `>`).
 */
const ANCHOR_ID = /^[^\s{}"'<>&`=]+$/;

/** `<a id="x">` / `<a name='x'>` / `<a id=x>`: one attribute, case-insensitive as HTML is. */
const OPEN = /^<a\s+(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))\s*>$/i;
const CLOSE = /^<\/a\s*>$/i;

export interface Anchor {
  id: string;
  /** Offsets of the whole anchor, `<a` to `</a>`. */
  start: number;
  end: number;
  /** Offsets of the id's characters inside the tag (what VS Code's own Markdown gives as its location). */
  valueStart: number;
  valueEnd: number;
  /** Index in the children of the opening tag's node (the closing tag is the next one). */
  index: number;
}

/** True when `id` can be written as an anchor's attribute value as it is. */
export function isAnchorId(id: string): boolean {
  return ANCHOR_ID.test(id);
}

/** The id as argmap writes it in `style`. `html` needs `isAnchorId(id)`. */
export function formatId(id: string, style: IdStyle): string {
  return style === 'html' ? `<a id="${id}"></a>` : `{#${id}}`;
}

/**
 * The empty anchor that ends the first line of a node's inline content, if there is one:
 * its opening and closing tags are consecutive top-level children and nothing but
 * whitespace follows them on that line. `lineStart` is an offset on the node's first line.
 */
export function trailingAnchor(children: readonly PhrasingContent[], text: string, lineStart: number): Anchor | undefined {
  const firstLineEnd = lineEnd(text, lineStart);
  for (let i = 0; i + 1 < children.length; i++) {
    const open = children[i];
    const close = children[i + 1];
    if (open.type !== 'html' || close.type !== 'html') continue;
    const start = open.position?.start.offset;
    const end = close.position?.end.offset;
    if (start === undefined || end === undefined || end > firstLineEnd) return undefined;
    const m = OPEN.exec(open.value);
    if (!m || !CLOSE.test(close.value)) continue;
    if (text.slice(end, firstLineEnd).trim() !== '') continue;
    const id = m[1] ?? m[2] ?? m[3];
    if (!isAnchorId(id)) return undefined;
    const valueStart = start + open.value.lastIndexOf(id, open.value.length - 1);
    return { id, start, end, valueStart, valueEnd: valueStart + id.length, index: i };
  }
  return undefined;
}
