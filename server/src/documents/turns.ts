// Taking turns: the server is one thread, and a big document's parse, analysis and publish
// are each a long stretch of work. Between them the event loop gets a turn, so that requests
// on other documents waiting meanwhile (a hover, a completion) are answered in between,
// rather than after all three; and work for a version an edit has replaced stops there.

/** Lets every message and timer that is waiting run first (a macrotask: awaiting a resolved promise would not). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
