// The analysis's work in slices (issue 12, "a bounded worst case"): each long walk is a
// generator that pauses every SLICE items (nodes, edges, components), so that a server
// running it can answer other requests in between. Items, not milliseconds: the model has
// no clock, and a count makes the pauses the same on every machine (the server decides by
// time when to take a turn; see documents/analyzing.ts).

/** Items between pauses: about a millisecond of the slowest walk at 5 MB (a pause itself costs well under a microsecond). */
export const SLICE = 1024;

/** What the work done before a pause belonged to (the bench times the phases; a test counts the pauses). */
export type AnalysisPhase = 'graph' | 'status' | 'figures' | 'edges' | 'diagnose';

/** Runs a generator in slices to its end, at once. */
export function drain<T>(steps: Generator<unknown, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** `steps`' pauses, each named `phase`. */
export function* inPhase<T>(phase: AnalysisPhase, steps: Generator<void, T, void>): Generator<AnalysisPhase, T, void> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    yield phase;
  }
}
