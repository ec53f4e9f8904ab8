// `argmap/graph`: the spec's graph JSON of a document, or null when it is no argument file.
import { toGraphJson, type Analysis } from '../model';
import type { GraphJson } from '../protocol';

export function graphResponse(analysis: Analysis | undefined): GraphJson | null {
  return analysis ? toGraphJson(analysis) : null;
}
