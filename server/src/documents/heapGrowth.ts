// Memory with big documents open. Every keystroke in a big document leaves a whole analysis
// behind as garbage, and V8 lets the heap grow to several times what is live before a full
// collection (the bench's 5 MB file: 150 MB live, a 660 MB peak after ten keystrokes). While
// the open documents are big, the heap may grow only 20% past what was live, which keeps the
// peak under twice markdown-it's (30% left the bench's 5 MB session at 1.99–2.07×); with small ones V8's own heuristics stay, since the extra
// collections cost a 1 MB keystroke about a third more CPU (docs/server.md).
import v8 from 'node:v8';

/** Open text (UTF-16 units, all open documents together) from which the heap is kept tight. */
export const TIGHT_FROM = 3_000_000;
/** How far past the live heap V8 may grow before a full collection then, in percent. */
export const TIGHT_PERCENT = 20;

export class HeapGrowth {
  private tight = false;

  /** `ARGMAP_HEAP_GROWING_PERCENT`: a fixed percentage instead (0: always V8's own). */
  constructor(private readonly fixed = process.env.ARGMAP_HEAP_GROWING_PERCENT) {
    const percent = Number(fixed);
    if (fixed !== undefined && Number.isInteger(percent) && percent >= 0) v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  }

  /** The open documents' total text length changed. */
  update(openText: number): void {
    if (this.fixed !== undefined) return;
    const tight = openText >= TIGHT_FROM;
    if (tight === this.tight) return;
    this.tight = tight;
    v8.setFlagsFromString(`--heap-growing-percent=${tight ? TIGHT_PERCENT : 0}`);
  }
}
