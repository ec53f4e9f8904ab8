// Which link destinations point at an id (`#x`, `path.arg.md#x`) and which are URLs.
import { dirname, joinPath } from './paths';

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
