// Results of chunks an update replaced wholesale, by their text. Opening a fence turns the
// rest of the file (to the next closing fence) into code; closing it a few lines further
// down turns that text back into the very chunks it was before. Their results depend on
// the chunk's text, whether it starts the file, the stand-ins appended and the block limit
// alone, so the ones kept here are used again instead of parsing hundreds of KB once more.
// A kept result's graph memo (chunkMemo.ts) stays, but lets go of its build: that build's ids
// and node hints are a whole old graph's (the bench's 5 MB edits: ~7 MB live for 5 memos).
// Its document facts stay (they say whether its records still hold), shared among the kept
// memos while their contents are the same: each version's facts are a map of every footnote.
import { chunkMemo, sameFacts, type DocFacts } from '../chunkMemo';
import { says } from '../footnoteFacts';
import type { ChunkResult } from '../drafts';
import type { Chunk } from './chunk';

/** Characters of chunk text kept at most (the oldest go first): a few hundred KB of results. */
export const RECENT_LIMIT = 512 * 1024;

/**
 * An update that replaces more chunks than this keeps them here. Typing in a paragraph replaces
 * one or two chunks, each keystroke's stale: they would only push out what may come back.
 */
export const RECENT_MIN_REPLACED = 4;

export class RecentResults {
  /** Insertion order is age: the first entry is the oldest. */
  private readonly byKey = new Map<string, { result: ChunkResult; size: number }>();
  private size = 0;
  /** The document facts the memos kept last point at. */
  private facts?: DocFacts;

  constructor(private readonly limit = RECENT_LIMIT) {}

  /** Keeps the results of `replaced` (chunks an update dropped), if it dropped enough of them. */
  keep(replaced: readonly Chunk[]): void {
    if (replaced.length <= RECENT_MIN_REPLACED) return;
    this.keepAll(replaced);
  }

  /**
   * Keeps the results of `replaced`, however few: chunks parsed again only for other stand-ins
   * (a definition hidden or renamed), which come back as they were when the definition does
   * (the fence closed again, the label typed back).
   */
  keepAll(replaced: readonly Chunk[]): void {
    for (const c of replaced) {
      if (c.inCode || c.text.length > this.limit) continue;
      const key = keyOf(c.text, c.start === 0, c.appended);
      const had = this.byKey.get(key);
      if (had) {
        this.byKey.delete(key);
        this.size -= had.size;
      }
      // No hints from the build that placed it: a chunk coming back is copied from the memo's
      // records, its nodes made afresh and the ids worked out in full (as a walk would do).
      const memo = chunkMemo(c.result);
      if (memo) {
        memo.build = {};
        memo.facts = this.shared(memo.facts);
      }
      this.byKey.set(key, { result: c.result, size: c.text.length });
      this.size += c.text.length;
    }
    for (const [key, entry] of this.byKey) {
      if (this.size <= this.limit) break;
      this.byKey.delete(key);
      this.size -= entry.size;
    }
  }

  /** `facts`, or the facts kept memos already point at when they say the same (one map kept, not one per version). */
  private shared(facts: DocFacts): DocFacts {
    if (this.facts !== facts && !(this.facts && sameFacts(this.facts, facts, says))) this.facts = facts;
    return this.facts;
  }

  /** The result of a chunk with this text, place and stand-ins, if one was kept. */
  find(text: string, first: boolean, appended: string): ChunkResult | undefined {
    return this.byKey.size ? this.byKey.get(keyOf(text, first, appended))?.result : undefined;
  }
}

function keyOf(text: string, first: boolean, appended: string): string {
  // U+0001 cannot stand in a label, so the key splits one way only.
  return `${first ? 1 : 0}${appended}\u0001${text}`;
}
