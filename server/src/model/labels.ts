// Labels that make a heading, paragraph or list item a node: the table is shared with the
// client's preview (server/src/shared/labels.ts); the model reads it through here.
import { labelKind } from '../shared/labels';
import type { NodeKind } from './types';

export { NODE_LABEL_WORDS, PLAIN_LABEL, BOLD_LABEL_WITH_COLON, BOLD_LABEL } from '../shared/labels';

/** The kind of a word the label patterns matched (so always a label). */
export function kindOfLabel(label: string): NodeKind {
  return labelKind(label) as NodeKind;
}
