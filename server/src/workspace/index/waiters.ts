// Callers waiting for the index to be complete, each with its own time limit (a rename
// waits at most 10 s, then fails rather than edit a partial set of files).
export class CompletionWaiters {
  private waiters: (() => void)[] = [];

  /** True when `release` comes within `timeoutMs`, false after it. */
  wait(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== done);
        resolve(false);
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve(true);
      };
      this.waiters.push(done);
    });
  }

  /** The index is complete: every waiter goes on. */
  release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}
