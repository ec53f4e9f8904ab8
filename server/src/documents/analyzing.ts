// Running the model's work in steps (model/analyze.ts `analysisSteps`, the outline's
// `documentSymbolSteps`), the event loop free in between once the steps have taken a while:
// a 5 MB file's analysis is hundreds of milliseconds in all, and a hover on another
// document would wait for all of it. The steps pause every SLICE items (model/slices.ts).
import { analysisSteps, type Analysis, type AnalyzeOptions, type ParsedDocument } from '../model';
import { nextTurn } from './turns';

/** Steps run back to back until this long has passed; then the event loop gets a turn. */
const STEP_MS = 10;

/** The result of `steps`, or undefined when `stillWanted` turned false at a turn (a turn once `stepMs` have passed). */
export async function inTurns<T>(steps: Generator<unknown, T, void>, stillWanted: () => boolean = () => true, stepMs = STEP_MS): Promise<T | undefined> {
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < stepMs) continue;
    await nextTurn();
    if (!stillWanted()) return undefined;
    since = performance.now();
  }
}

/** The analysis of `doc`, or undefined when `stillWanted` turned false at a turn. */
export function analyzeInTurns(doc: ParsedDocument, options: AnalyzeOptions, stillWanted: () => boolean): Promise<Analysis | undefined> {
  return inTurns(analysisSteps(doc, options), stillWanted);
}
