// The server's use of the pool: the first parse of a large open document is prepared in
// worker threads, and the document's own walk then assembles it (parallelParse.ts). One
// line in the log says it happened (and how long it took); another when a worker failed.
import type { ParsedDocument } from '../model';
import type { Logger } from '../log';
import { TIGHT_FROM } from '../documents/heapGrowth';
import { PARALLEL_MIN_CHARS, prepareInWorkers } from './parallelParse';
import { WorkerPool } from './workerPool';

/**
 * No heap limits of our own for the workers, and a 30 s idle stop: a 4 MB young generation
 * with a 2 s idle stop (stop 21) cut the 5 MB session peak (520 → 405 MB) but doubled the
 * workers' CPU on an open (scavenges, and a cold JIT after each restart): the bench's open 1 MB
 * went from 0.78× to 1.25× of a serial open, 5 MB from 0.95× to 1.50× (docs/server.md).
 */
const WORKER_IDLE_MS = 30_000;

/**
 * After the workers parsed a document this long (UTF-16 units), they stop as soon as they are
 * idle instead: their heaps stay resident while kept (bench/peak.js, 5 MB file, 10 keystrokes:
 * VmHWM 444 → 354 MB), and a big document is where the process's memory counts (the same
 * size from which the heap is kept tight, documents/heapGrowth.ts). Smaller documents keep
 * them warm: a restarted worker's cold JIT made the next 1 MB open ~30% slower (docs/server.md).
 */
export const RELEASE_FROM = TIGHT_FROM;

export class ParallelParser {
  /** Also indexes the workspace's closed files (workspace/index/indexInWorker.ts). */
  readonly pool: WorkerPool;

  constructor(
    script: string,
    size: number,
    private readonly log: Logger,
    /** Documents shorter than this (UTF-16 units) are parsed on the main thread. */
    private readonly minChars = PARALLEL_MIN_CHARS,
    /** After a document this long the workers stop once idle (RELEASE_FROM). */
    private readonly releaseFrom = RELEASE_FROM,
  ) {
    this.pool = new WorkerPool({ script, size, log: (m) => log.warn(m), idleMs: WORKER_IDLE_MS });
  }

  /** Whether `doc`'s first parse is worth sending to the workers. */
  worthIt(doc: ParsedDocument): boolean {
    return this.pool.usable && doc.base === undefined && !doc.parsed && doc.text.length >= this.minChars;
  }

  /** Parses `doc`'s chunks in the workers and hands them to it; `name` is for the log. */
  async prepare(doc: ParsedDocument, name: string, wanted: () => boolean): Promise<void> {
    const started = performance.now();
    let outcome;
    try {
      outcome = await prepareInWorkers(this.pool, doc.text, doc.maxBlockSize, wanted);
    } catch (e) {
      // Never worse than no workers: the document is parsed on the main thread.
      this.log.warn(`parsing ${name} in worker threads failed (${e instanceof Error ? e.message : String(e)}); it is parsed on the main thread`);
      return;
    } finally {
      if (doc.text.length >= this.releaseFrom) this.pool.releaseWhenIdle();
    }
    if (!outcome) return;
    const { prepared, planned, failed, firstError } = outcome;
    if (failed) this.log.warn(`parsing ${name} in worker threads: ${failed} of ${planned} chunks failed (${firstError}); they are parsed on the main thread`);
    doc.usePrepared(prepared);
    const ms = Math.round(performance.now() - started);
    this.log.info(`parsed ${name} in ${this.pool.size} worker threads: ${planned - failed} of ${planned} chunks, ${ms} ms`);
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}
