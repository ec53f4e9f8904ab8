// A bounded cache of other files' graphs, for callers to create and hand to `analyze`
// (the model itself keeps no state between calls).
import type { FileGraph, GraphCache } from './types';

/** A graph cache that keeps the `limit` most recently stored files, each while its text is unchanged. */
export function createGraphCache(limit = 64): GraphCache {
  const entries = new Map<string, { text: string; graph: FileGraph }>();
  return {
    get(path, text) {
      const hit = entries.get(path);
      return hit && hit.text === text ? hit.graph : undefined;
    },
    set(path, text, graph) {
      entries.delete(path);
      entries.set(path, { text, graph });
      if (entries.size > limit) entries.delete(entries.keys().next().value as string);
    },
  };
}
