// Worker threads give way to the main thread. On 2 cores the two parse workers of a big open
// and the main thread share the cores, so a hover on another document, a keystroke's parse and
// analysis all ran at a third of the machine while the workers parsed: a hover sent with a 5 MB
// open waited ~0.5 s, most of it for a core (docs/server.md). A worker's nice value of 5 gives
// the main thread three times a worker's share of a contended core; with nothing else to run,
// the workers still get the whole machine, so an open is no slower on an idle machine.
import fs from 'node:fs';
import os from 'node:os';

/** The workers' nice value: 5, not more, since under other load it is also their share against other processes. */
export const WORKER_NICE = 5;

/** The calling thread's id, from `/proc/thread-self` (Linux); undefined elsewhere. */
function threadId(): number | undefined {
  try {
    const tid = Number(/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    return tid > 0 ? tid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lowers the calling thread's scheduling priority to `nice` (on Linux a nice value belongs to
 * a thread; elsewhere this does nothing: setting the process's would slow the main thread too).
 * Never raises it, never throws; whether the thread now runs at `nice` or lower.
 */
export function lowerThreadPriority(nice = WORKER_NICE): boolean {
  const tid = threadId();
  if (tid === undefined) return false;
  try {
    if (os.getPriority(tid) < nice) os.setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}

/** The ids of this process's threads now (Linux); undefined elsewhere. */
export function threadIds(): Set<string> | undefined {
  try {
    return new Set(fs.readdirSync('/proc/self/task'));
  } catch {
    return undefined;
  }
}

/**
 * Lowers the thread that appeared since `before` to `nice`: called right after `new Worker`,
 * whose thread exists once the constructor returns, so that the worker's start (Node's own
 * bootstrap and the bundle's load, 100–150 ms of CPU before the worker's script can lower
 * itself) already gives way to the main thread. Only when exactly one thread appeared (another
 * could be a libuv pool thread started meanwhile); never throws; whether it lowered one.
 */
export function lowerNewThread(before: Set<string> | undefined, nice = WORKER_NICE): boolean {
  const now = threadIds();
  if (!before || !now) return false;
  const added = [...now].filter((tid) => !before.has(tid));
  if (added.length !== 1) return false;
  try {
    const tid = Number(added[0]);
    if (os.getPriority(tid) < nice) os.setPriority(tid, nice);
    return true;
  } catch {
    return false;
  }
}
