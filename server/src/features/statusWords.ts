// A node's status in words for the features: the model's words, with a node of another
// file that was not read (kind unknown) read as a claim's.
import { statusWords as modelStatusWords, type NodeKind, type NodeStatus } from '../model';

export function statusWords(kind: NodeKind | undefined, status: NodeStatus): string[] {
  return modelStatusWords(kind ?? 'claim', status);
}
