// Running the model's analysis in steps (model/analyze.ts `analysisSteps`), the event loop
// free in between once a step has taken a while: a 5 MB file's analysis is hundreds of
// milliseconds in one piece, and a hover on another document would wait for all of it.
import { analysisSteps, type Analysis, type AnalyzeOptions, type ParsedDocument } from '../model';
import { nextTurn } from './turns';

/** Steps run back to back until this long has passed; then the event loop gets a turn. */
const STEP_MS = 10;

/** The analysis of `doc`, or undefined when `stillWanted` turned false at a turn. */
export async function analyzeInTurns(doc: ParsedDocument, options: AnalyzeOptions, stillWanted: () => boolean): Promise<Analysis | undefined> {
  const steps = analysisSteps(doc, options);
  let since = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - since < STEP_MS) continue;
    await nextTurn();
    if (!stillWanted()) return undefined;
    since = performance.now();
  }
}
