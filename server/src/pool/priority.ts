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
