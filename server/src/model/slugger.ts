// Heading slugs as GitHub makes them unique in a file: the repeats of `x` are `x-1`, `x-2`…
/**
 * GitHub's repeat numbering (`x`, `x-1`, `x-2`…) over slugs computed once per chunk: the
 * slug itself is the costly part, and chunks keep it between keystrokes.
 */
export class Slugger {
  private readonly seen = new Map<string, number>();
  unique(base: string): string {
    let result = base;
    while (this.seen.has(result)) {
      const n = (this.seen.get(base) ?? 0) + 1;
      this.seen.set(base, n);
      result = `${base}-${n}`;
    }
    this.seen.set(result, 0);
    return result;
  }
}
