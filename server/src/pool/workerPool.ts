// A small, bounded pool of worker threads that run one script. Tasks go to the worker with
// the fewest in flight (at most `depth` each, so a worker never waits for its next message);
// the rest wait in order. Workers start on first use and stop after a while idle (their
// heaps are the process's memory), or as soon as they are idle once asked to
// (`releaseWhenIdle`). An idle worker never keeps the process alive. A worker that fails takes only its own tasks down (they reject; the caller falls back); a script
// that cannot even start turns the pool off.
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { lowerNewThread, threadIds, WORKER_NICE } from './priority';

/** What a worker posts back for each task: `{ id, value }` or `{ id, error }`. */
export interface Reply {
  id: number;
  value?: unknown;
  error?: string;
}

export interface PoolOptions {
  /** The worker script (a bundle in dist/). */
  script: string;
  /** Number of workers, at least 1. */
  size: number;
  /** Tasks in flight per worker. */
  depth?: number;
  /** Workers stop after this long without a task. */
  idleMs?: number;
  /** Each worker's heap limits (its young generation: how much garbage it piles up between collections). */
  resourceLimits?: ResourceLimits;
  /** Where failures are told (one line each). */
  log?: (message: string) => void;
  /**
   * The nice value each worker's thread starts at (Linux; priority.ts), before any of its
   * code runs: WORKER_NICE unless said otherwise; `false` leaves it to the script.
   */
  startNice?: number | false;
}

interface Task {
  id: number;
  message: object;
  resolve(value: unknown): void;
  reject(error: Error): void;
  /** Checked before the task is sent: a task no longer wanted is dropped. */
  wanted?: () => boolean;
}

interface Slot {
  worker: Worker;
  inFlight: Map<number, Task>;
  /** Whether it ever answered: a worker that fails before that could not start. */
  answered: boolean;
}

/** A task dropped because its caller no longer wants it. */
export class TaskDropped extends Error {}

/** After this many workers that failed before answering once, the pool is off. */
const MAX_START_FAILURES = 2;

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private idleTimer?: NodeJS.Timeout;
  private startFailures = 0;
  private closed = false;
  /** Set by `releaseWhenIdle`: the next time nothing is waiting or in flight, the workers stop at once. */
  private release = false;
  private readonly depth: number;
  private readonly idleMs: number;

  constructor(private readonly options: PoolOptions) {
    this.depth = Math.max(1, options.depth ?? 2);
    this.idleMs = options.idleMs ?? 30_000;
  }

  /** The pool's size: how many tasks run at once. */
  get size(): number {
    return this.options.size;
  }

  /** How many workers are running now. */
  get workers(): number {
    return this.slots.length;
  }

  /** False once closed, or when its workers could not start. */
  get usable(): boolean {
    return !this.closed && this.startFailures < MAX_START_FAILURES;
  }

  /** Runs `message` in a worker; resolves with its reply's value. */
  run<T>(message: object, wanted?: () => boolean): Promise<T> {
    if (!this.usable) return Promise.reject(new Error('the worker pool is off'));
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, message, resolve: resolve as (v: unknown) => void, reject, wanted });
      this.dispatch();
    });
  }

  /**
   * Stops the workers as soon as no task waits or runs (now, if none does) rather than after
   * `idleMs`: for a caller that knows the memory counts more than a warm worker for the next task.
   */
  releaseWhenIdle(): void {
    if (!this.slots.length) return;
    this.release = true;
    if (this.idle()) void this.stopIdle();
  }

  /** Stops every worker; tasks waiting or in flight reject. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.idleTimer);
    for (const task of this.queue.splice(0)) task.reject(new Error('the worker pool closed'));
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot, 'the worker pool closed')));
  }

  private dispatch(): void {
    clearTimeout(this.idleTimer);
    while (this.queue.length) {
      const task = this.queue[0];
      if (task.wanted && !task.wanted()) {
        this.queue.shift();
        task.reject(new TaskDropped('no longer wanted'));
        continue;
      }
      const slot = this.freeSlot();
      if (!slot) break;
      this.queue.shift();
      slot.inFlight.set(task.id, task);
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, ...task.message });
    }
    if (this.idle() && this.slots.length) {
      // Released: not at once, so that a caller sending its next task right after a reply keeps its worker.
      this.idleTimer = setTimeout(() => void this.stopIdle(), this.release ? 0 : this.idleMs);
      this.idleTimer.unref();
    }
  }

  /** The slot with the fewest tasks in flight below `depth`, starting a worker if there is room. */
  private freeSlot(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (s.inFlight.size < this.depth && (!best || s.inFlight.size < best.inFlight.size)) best = s;
    if (best && best.inFlight.size === 0) return best;
    if (this.slots.length < this.options.size && this.usable) return this.start();
    return best;
  }

  private start(): Slot {
    const nice = this.options.startNice ?? WORKER_NICE;
    const before = nice === false ? undefined : threadIds();
    const worker = new Worker(this.options.script, { resourceLimits: this.options.resourceLimits });
    if (nice !== false) lowerNewThread(before, nice);
    const slot: Slot = { worker, inFlight: new Map(), answered: false };
    worker.unref();
    worker.on('message', (reply: Reply) => this.answer(slot, reply));
    worker.on('error', (err) => this.failed(slot, `failed: ${err.message}`));
    worker.on('messageerror', (err) => this.failed(slot, `sent a message that cannot be read: ${err.message}`));
    worker.on('exit', (code) => this.failed(slot, `exited (code ${code})`));
    this.slots.push(slot);
    return slot;
  }

  private answer(slot: Slot, reply: Reply): void {
    slot.answered = true;
    const task = slot.inFlight.get(reply.id);
    if (!task) return;
    slot.inFlight.delete(reply.id);
    if (slot.inFlight.size === 0) slot.worker.unref();
    if (reply.error !== undefined) task.reject(new Error(reply.error));
    else task.resolve(reply.value);
    this.dispatch();
  }

  /** A worker that failed or exited: its tasks reject, and it is replaced on demand. */
  private failed(slot: Slot, why: string): void {
    const at = this.slots.indexOf(slot);
    if (at < 0) return;
    this.slots.splice(at, 1);
    const wasUsable = this.usable;
    if (!slot.answered) this.startFailures++;
    for (const task of slot.inFlight.values()) task.reject(new Error(`the worker ${why}`));
    slot.inFlight.clear();
    void slot.worker.terminate();
    if (this.usable) {
      this.options.log?.(`parse worker ${why}`);
      this.dispatch();
    } else if (wasUsable) {
      // Its script cannot run: the others go too, and the caller parses on the main thread.
      this.options.log?.(`parse worker ${why}; parsing on the main thread from now on`);
      for (const task of this.queue.splice(0)) task.reject(new Error('the worker pool is off'));
      for (const other of this.slots.splice(0)) void this.stop(other, 'the worker pool is off');
    }
  }

  private idle(): boolean {
    return !this.queue.length && this.slots.every((s) => s.inFlight.size === 0);
  }

  private async stopIdle(): Promise<void> {
    if (!this.idle()) return;
    clearTimeout(this.idleTimer);
    this.release = false;
    await Promise.all(this.slots.splice(0).map((slot) => this.stop(slot)));
  }

  private async stop(slot: Slot, why?: string): Promise<void> {
    slot.worker.removeAllListeners('exit');
    slot.worker.removeAllListeners('error');
    slot.worker.on('error', () => undefined);
    for (const task of slot.inFlight.values()) task.reject(new Error(why ?? 'stopped'));
    slot.inFlight.clear();
    await slot.worker.terminate();
  }
}
