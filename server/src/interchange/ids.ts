// Ids for imported nodes: readable slugs, unique within the file.

/** Lower case, letters and digits kept (any script), every other run of characters one `-`. */
export function slugOf(text: string): string {
  const slug = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'node';
}

/** Hands out ids: the slug itself the first time, then `-2`, `-3`… as the model does. */
export function idAllocator(): (base: string) => string {
  const used = new Set<string>();
  return (base) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
