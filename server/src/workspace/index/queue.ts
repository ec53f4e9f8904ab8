// The files waiting to be indexed, worked through in the background: a bounded slice of
// work per turn of the event loop (requests and edits are answered in between), and a
// pause while the user types, so the open document's diagnostics are never delayed. With
// worker threads, one lane per worker takes files, so each has one in flight; while the
// user types, only the first lane does.

/** Work per turn before the event loop gets a turn. */
const SLICE_MS = 12;
/**
 * The lanes beyond the first wait this much longer after a keystroke: while the user is
 * typing, one worker indexes and a core stays free for the open document's analysis.
 */
const TYPING_SESSION_MS = 5000;

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export interface QueueHost {
  /** Indexes one file; never throws (the index logs its own failures). */
  work(fsPath: string): Promise<void>;
  /** How many files are indexed at once (worker threads); 1 when absent. */
  lanes?(): number;
  /** How long after a keystroke indexing stays paused (ms). */
  pauseMs(): number;
  /** A pass (the queue going from empty to empty) made progress: `done` of `total`. */
  progress(done: number, total: number): void;
  /** The queue ran dry. */
  drained(): void;
}

export class IndexQueue {
  private readonly pending = new Set<string>();
  /** The files being indexed now (one per lane): what the index holds of them is about to change. */
  private readonly working = new Set<string>();
  private running = false;
  private lastEdit = -Infinity;
  private done = 0;
  private total = 0;

  constructor(private readonly host: QueueHost) {}

  get size(): number {
    return this.pending.size;
  }

  get idle(): boolean {
    return !this.running && this.pending.size === 0;
  }

  /** Whether the file waits to be indexed or is being indexed (what the index holds of it is stale). */
  has(fsPath: string): boolean {
    return this.pending.has(fsPath) || this.working.has(fsPath);
  }

  add(fsPath: string): void {
    if (this.pending.has(fsPath)) return;
    this.pending.add(fsPath);
    this.total++;
  }

  /** Drops everything waiting (a rebuild starts over). */
  clear(): void {
    this.pending.clear();
    this.done = 0;
    this.total = 0;
  }

  /** The user typed in an open document: indexing waits. */
  typed(): void {
    this.lastEdit = performance.now();
  }

  /** Works through the queue unless already doing so. */
  run(): void {
    if (this.running) return;
    this.running = true;
    void this.drain();
  }

  private async drain(): Promise<void> {
    try {
      const lanes = Math.max(1, this.host.lanes?.() ?? 1);
      await Promise.all(Array.from({ length: lanes }, (_, lane) => this.lane(lane === 0 ? 0 : TYPING_SESSION_MS)));
    } finally {
      this.running = false;
      this.done = 0;
      this.total = 0;
      if (this.pending.size) this.run();
      else this.host.drained();
    }
  }

  /** Takes files one at a time until none is left; several lanes keep the worker threads busy. */
  private async lane(extraPauseMs: number): Promise<void> {
    while (this.pending.size) {
      await this.waitForQuiet(extraPauseMs);
      const started = performance.now();
      const deadline = started + SLICE_MS;
      // A keystroke during the slice (a file's read awaits, so edits arrive) ends it at once.
      do {
        const next: string | undefined = this.pending.values().next().value;
        if (next === undefined) break;
        this.pending.delete(next);
        this.working.add(next);
        try {
          await this.host.work(next);
        } finally {
          this.working.delete(next);
        }
        this.done++;
      } while (this.pending.size && performance.now() < deadline && this.lastEdit < started);
      this.host.progress(this.done, this.total);
      await nextTurn();
    }
  }

  private async waitForQuiet(extraPauseMs: number): Promise<void> {
    for (;;) {
      const wait = this.lastEdit + this.host.pauseMs() + extraPauseMs - performance.now();
      if (wait <= 0) return;
      await sleep(wait);
    }
  }
}
