// Where an inline link's destination and fragment stand in the source, so that references
// give the range VS Code's own Markdown gives (`#x`, `../a.arg.md#x`) and a rename touches
// only the fragment's characters. Reference-style links (`[t][ref]`) have none here: their
// destination is written in the definition.

/** Source offsets [start, end) of the destination and of its fragment (after `#`). */
export interface DestinationSpan {
  destination: [number, number];
  fragment?: [number, number];
}

const SPACE = /[ \t\r\n]/;

/**
 * The destination of the inline link `text.slice(start, end)` (`[t](dest "title")`):
 * read backwards from the closing `)` past an optional title, so brackets in the link's
 * text cannot mislead it. Undefined when the source is not an inline link.
 */
export function linkDestination(text: string, start: number, end: number): DestinationSpan | undefined {
  let p = end - 1;
  if (text[p] !== ')') return undefined;
  p = skipSpaceBack(text, p, start);
  const titleStart = titleBefore(text, p, start);
  if (titleStart !== undefined) p = skipSpaceBack(text, titleStart, start);
  let ds: number;
  let de = p;
  if (text[de - 1] === '>') {
    ds = text.lastIndexOf('<', de - 2);
    if (ds < start) return undefined;
    ds++;
    de--;
  } else {
    ds = de;
    while (ds > start && !SPACE.test(text[ds - 1])) ds--;
    const run = text.slice(ds, de);
    const open = run.lastIndexOf('](');
    if (open >= 0) ds += open + 2;
    else if (!/\]\($/.test(text.slice(start, skipSpaceBack(text, ds, start)))) return undefined;
  }
  if (ds > de) return undefined;
  const hash = text.indexOf('#', ds);
  return { destination: [ds, de], fragment: hash >= 0 && hash < de ? [hash + 1, de] : undefined };
}

function skipSpaceBack(text: string, p: number, min: number): number {
  while (p > min && SPACE.test(text[p - 1])) p--;
  return p;
}

/** Where a title ending just before `p` starts (`"t"`, `'t'`, `(t)`), when one does and space precedes it. */
function titleBefore(text: string, p: number, min: number): number | undefined {
  const close = text[p - 1];
  const open = close === '"' ? '"' : close === "'" ? "'" : close === ')' ? '(' : undefined;
  if (!open || p - 2 < min) return undefined;
  const at = text.lastIndexOf(open, p - 2);
  if (at <= min || !SPACE.test(text[at - 1])) return undefined;
  return at;
}
