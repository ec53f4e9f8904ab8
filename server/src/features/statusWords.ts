// A node's status in words for the hover: the model's words (server/src/shared/statusWords.ts),
// with a node of another file that was not read (kind unknown) read as a claim's. The outline
// takes the model's `nodeStatusWords`, which also knows whether a challenge is answered.
import { statusWords as modelStatusWords, type NodeKind, type NodeStatus } from '../model';

export function statusWords(kind: NodeKind | undefined, status: NodeStatus): string[] {
  return modelStatusWords(kind ?? 'claim', status);
}
