// `argmap/graph`: the spec's graph JSON of a document, or null when it is no argument file.
import type { Analysis } from '../model';
// TODO(issue 10): from '../model' once the model's index exports it.
import { toGraphJson } from '../model/export';
import type { GraphJson } from '../protocol';

export function graphResponse(analysis: Analysis | undefined): GraphJson | null {
  return analysis ? toGraphJson(analysis) : null;
}
