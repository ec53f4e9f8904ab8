// `argmap/graph`: the spec's graph JSON of a document, or null when it is no argument file.
import { toGraphJson, type GraphJson } from '../model/export';
import type { Analysis } from '../model/types';

export function graphOf(analysis: Analysis | undefined): GraphJson | null {
  return analysis ? toGraphJson(analysis) : null;
}
