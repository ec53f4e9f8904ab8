// Which link destinations point at an id (`#x`, `path.arg.md#x`) and which are URLs.
import type { LinkDraft } from './drafts';
import { dirname, joinPath } from './paths';
import { sameRange } from './nodeAssembly';
import { shiftRange as shift } from './positions';
import type { IdLink } from './types';

/** A URL with a scheme (`https:`, `mailto:`…): a citation, never an id. */
export const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** Parses a link destination that points at an id: `#x` or `path.arg.md#x`. */
export function parseIdUrl(url: string, fromPath: string): { rawFile?: string; file?: string; id: string } | undefined {
  if (SCHEME.test(url)) return undefined;
  const hash = url.indexOf('#');
  if (hash < 0) return undefined;
  const id = safeDecode(url.slice(hash + 1));
  if (hash === 0) return { id };
  const rawFile = url.slice(0, hash);
  if (!/\.arg\.md$/i.test(rawFile.split('?')[0])) return undefined;
  const file = joinPath(dirname(fromPath), safeDecode(rawFile.split('?')[0]));
  return { rawFile, file, id };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

type IdTarget = NonNullable<ReturnType<typeof parseIdUrl>>;

/** A link to an id placed in the document (keys only when present: links without them compare equal to before). */
export function placedIdLink(target: IdTarget, l: LinkDraft, line: number): IdLink {
  const range = shift(l.range, line);
  const link: IdLink = target.file === undefined ? { id: target.id, range } : { rawFile: target.rawFile, file: target.file, id: target.id, range };
  if (l.destination) link.destination = shift(l.destination, line);
  if (l.fragment) link.fragment = shift(l.fragment, line);
  return link;
}

export function sameIdLink(a: IdLink, b: IdLink): boolean {
  return (
    a.id === b.id &&
    a.file === b.file &&
    a.rawFile === b.rawFile &&
    sameRange(a.range, b.range) &&
    sameRange(a.destination, b.destination) &&
    sameRange(a.fragment, b.fragment)
  );
}
