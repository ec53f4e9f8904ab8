// `argmap/convertIds`: the refactor "Convert ids in this file" for the client's command. The
// edits are for the text the client sent (what its editor shows now); the analysis only says
// the document is an argument file and gives its workspace path (links to `this.arg.md#x`).
import { convertIds, type Analysis, type IdConversion } from '../model';
import type { ConvertIdsParams } from '../protocol';

export function convertIdsResponse(analysis: Analysis | undefined, params: ConvertIdsParams): IdConversion | null {
  if (!analysis || (params.style !== 'html' && params.style !== 'pandoc') || typeof params.text !== 'string') return null;
  return convertIds(params.text, params.style, analysis.path);
}
