// Ids argmap writes: an unused slug of a node's text, the first free `-n` suffix, and the
// id in the style the settings ask for (`{#x}` or `<a id="x"></a>`).
import { slug } from 'github-slugger';
import type { Analysis } from '../types';

export type IdStyle = 'pandoc' | 'html';

const used = new WeakMap<Analysis, ReadonlySet<string>>();

/** Every id a link in the file could mean: node ids (explicit and generated) and heading slugs. Once per analysis. */
export function usedIds(analysis: Analysis): ReadonlySet<string> {
  let ids = used.get(analysis);
  if (!ids) {
    const set = new Set<string>();
    for (const n of analysis.nodes) if (n.id) set.add(n.id);
    for (const h of analysis.headings) set.add(h.slug);
    ids = set;
    used.set(analysis, ids);
  }
  return ids;
}

/** `base`, else `base-2`, `base-3`… the first that `taken` does not hold. */
export function freeSuffix(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  let k = 2;
  while (taken(`${base}-${k}`)) k++;
  return `${base}-${k}`;
}

/**
 * An id for node `index` from its text, used by no other node or heading of the file (its
 * own generated id is free to take). Cut at 80 characters, as generated ids are.
 */
export function unusedSlug(analysis: Analysis, index: number | undefined, text: string): string {
  const ids = usedIds(analysis);
  const own = index === undefined ? undefined : analysis.nodes[index];
  const base = slug(text).slice(0, 80).replace(/-+$/, '') || own?.kind || 'node';
  return freeSuffix(base, (id) => ids.has(id) && !(own && !own.explicitId && own.id === id && !analysis.headings.some((h) => h.slug === id)));
}

/** The id as argmap writes it at the end of a node's first line. */
export function writeId(id: string, style: IdStyle): string {
  return style === 'html' ? `<a id="${id}"></a>` : `{#${id}}`;
}
